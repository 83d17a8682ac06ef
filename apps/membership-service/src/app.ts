// The membership service of the distributed shape (ARCHITECTURE.md "Two shapes"): the membership context on the
// shared host kit, with the two contexts every other service needs first — identity (TenancyModule: login, tenants,
// users, roles, the bootstrap admin) and the rulebook (RulebookModule: regulations and working calendars). The other
// services verify this service's tokens (shared JWT_SECRET) and fold the identity and rulebook events of the shared
// store; here the rulebook's own read model serves the regulations in force, so no fold is needed for them.
// Built, not listening: main.ts listens, tests inject.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { MembershipModule } from '@bcd/membership';
import { RulebookModule } from '@bcd/rulebook';
import { authOptionsOf, createHostApp, type OpenApiInfo } from '@bcd/service-host';
import { TenancyModule } from '@bcd/tenancy';
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
  description:
    'The membership context of the BCĐ platform (distributed shape), with identity (login, tenants, users) and the rulebook (regulations, working calendars). Errors are RFC 9457 problem documents (schema `Problem`).',
  version: '0.1.0',
};

export function createMembershipService(config: ServiceConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  return createHostApp({
    service: 'membership',
    config,
    auth: authOptionsOf(config, {
      maxFailuresPerUsername: config.LOGIN_RATE_LIMIT_MAX_FAILURES,
      maxFailuresPerAddress: config.LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: config.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
    }),
    openApi: MEMBERSHIP_SERVICE_OPENAPI,
    // identity first: the guard reads its events (as on the platform)
    imports: [TenancyModule.forRoot({ adminUsername: config.ADMIN_USERNAME, adminPassword: config.ADMIN_PASSWORD }), RulebookModule, MembershipModule],
    apiDocsUi: false,
    ...options,
  });
}
