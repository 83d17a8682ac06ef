// The membership service of the distributed shape (ARCHITECTURE.md "Two shapes"): the membership context
// alone on the shared host kit, configured from the same environment as the platform. Tokens are the
// platform's (shared JWT_SECRET) or an OIDC issuer's; tenants and users are folded from the identity
// events in the shared store, the regulations in force from the rulebook's events there.
// Built, not listening: main.ts listens, tests inject.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { MembershipModule } from '@bcd/membership';
import { authOptionsOf, createHostApp, type OpenApiInfo } from '@bcd/service-host';
import type { ServiceConfig } from './config.js';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: EventStore;
  logStream?: DestinationStream;
  clock?: Clock;
  checkResponses?: boolean;
}

export const MEMBERSHIP_SERVICE_OPENAPI: OpenApiInfo = {
  title: 'BCĐ membership service',
  description: 'The membership context of the BCĐ platform, alone (distributed shape). Errors are RFC 9457 problem documents (schema `Problem`).',
  version: '0.1.0',
};

export function createMembershipService(config: ServiceConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  return createHostApp({
    service: 'membership',
    config,
    // this service logs nobody in (POST /api/auth/login is the platform's): the login limits never apply
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    openApi: MEMBERSHIP_SERVICE_OPENAPI,
    imports: [MembershipModule],
    folds: { regulationsInForce: true },
    apiDocsUi: false,
    ...options,
  });
}
