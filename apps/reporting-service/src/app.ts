// The reporting service of the distributed shape (ARCHITECTURE.md "Two shapes"): the reporting context (obligations
// opened by its own timer from the regulation in force, submissions, templates, the consolidated report, reminders,
// exports) on the shared host kit, configured from the same environment as the platform. Tokens are the membership
// service's (shared JWT_SECRET) or an OIDC issuer's; what the context needs from others comes from the shared store's
// events through the kit's folds, never another context's tables: tenants and users (the access directory), the
// roster (ROSTERS), the regulations in force, the working calendars, and the meetings' follow-up (their published
// events). Agencies' names are membership's (MEMBERSHIP_DIRECTORY): not served here, so exports print ids.
// Built, not listening: main.ts listens, tests inject.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { ReportingModule } from '@bcd/reporting';
import { authOptionsOf, createHostApp, hostConfigSchema, hostConfigVariables, loadHostConfig, type HostConfig, type OpenApiInfo } from '@bcd/service-host';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: EventStore;
  logStream?: DestinationStream;
  clock?: Clock;
  checkResponses?: boolean;
}

export const REPORTING_SERVICE_OPENAPI: OpenApiInfo = {
  title: 'BCĐ reporting service',
  description: 'The reporting context of the BCĐ platform (distributed shape). Errors are RFC 9457 problem documents (schema `Problem`).',
  version: '0.1.0',
};

/** The variables every host reads (libs/service-host host-config), validated once; this service reads no other. */
export function loadConfig(env: Record<string, string | undefined> = process.env): HostConfig {
  return loadHostConfig(hostConfigSchema, hostConfigVariables, env);
}

export function createReportingService(config: HostConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  return createHostApp({
    service: 'reporting',
    config,
    // this service logs nobody in (POST /api/auth/login is the membership service's): the login limits never apply
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    openApi: REPORTING_SERVICE_OPENAPI,
    imports: [ReportingModule],
    // the rulebook runs in the membership service: its events in the shared store give the regulations in force here
    folds: { regulationsInForce: true },
    apiDocsUi: false,
    ...options,
  });
}
