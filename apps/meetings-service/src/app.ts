// The meetings service of the distributed shape (ARCHITECTURE.md "Two shapes"): the meetings context (scheduling,
// documents, attendance, minutes and notice, action items, consultations, the calendar feed) and the work programme
// on the shared host kit, configured from the same environment as the platform. Tokens are the membership service's
// (shared JWT_SECRET) or an OIDC issuer's; what the contexts need from others comes from the shared store's events
// through the kit's folds, never another context's tables: tenants and users (the access directory), the roster
// (ROSTERS), the regulations in force and the working calendars. Names of people and agencies are membership's
// (MEMBERSHIP_DIRECTORY): not served here, so the generated notice and minutes print ids where the platform prints
// names. Built, not listening: main.ts listens, tests inject.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { MeetingsModule } from '@bcd/meetings';
import { ProgrammeModule } from '@bcd/programme';
import { authOptionsOf, createHostApp, hostConfigSchema, hostConfigVariables, loadHostConfig, type HostConfig, type OpenApiInfo } from '@bcd/service-host';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: EventStore;
  logStream?: DestinationStream;
  clock?: Clock;
  checkResponses?: boolean;
}

export const MEETINGS_SERVICE_OPENAPI: OpenApiInfo = {
  title: 'BCĐ meetings service',
  description: 'The meetings and work-programme contexts of the BCĐ platform (distributed shape). Errors are RFC 9457 problem documents (schema `Problem`).',
  version: '0.1.0',
};

/** The variables every host reads (libs/service-host host-config), validated once; this service reads no other. */
export function loadConfig(env: Record<string, string | undefined> = process.env): HostConfig {
  return loadHostConfig(hostConfigSchema, hostConfigVariables, env);
}

export function createMeetingsService(config: HostConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  return createHostApp({
    service: 'meetings',
    config,
    // this service logs nobody in (POST /api/auth/login is the membership service's): the login limits never apply
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    openApi: MEETINGS_SERVICE_OPENAPI,
    imports: [MeetingsModule, ProgrammeModule],
    // the rulebook runs in the membership service: its events in the shared store give the regulations in force here
    folds: { regulationsInForce: true },
    apiDocsUi: false,
    ...options,
  });
}
