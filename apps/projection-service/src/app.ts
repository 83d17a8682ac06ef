// The projection service of the distributed shape (ARCHITECTURE.md "Two shapes"): the projections context — the audit
// trail, the tenants' transparency logs, time travel and the KPIs — over every context's events in the shared store
// (read through libs/contracts, never another context's tables), on the shared host kit, configured from the same
// environment as the platform. Its read models are eventually consistent (no command waits for them) and checkpointed
// with their rows in one transaction, so a restart, however abrupt, resumes where the last batch committed; their lag
// is on GET /api/admin/projections and /metrics. Tokens are the membership service's (shared JWT_SECRET) or an OIDC
// issuer's; tenants and users come from the identity events through the kit's access directory. People's and
// agencies' names are membership's (MEMBERSHIP_DIRECTORY): not served here, so the audit trail's sentences and time
// travel name ids where the platform names people. With KAFKA_BROKERS set it also runs libs/messaging's relay to
// Kafka (kafka-relay.module.ts). Built, not listening: main.ts listens, tests inject.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { ProjectionsModule } from '@bcd/projections';
import { authOptionsOf, createHostApp, type OpenApiInfo } from '@bcd/service-host';
import type { ServiceConfig } from './config.js';
import { KafkaRelayModule, type KafkaRelayTuning } from './kafka-relay.module.js';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: EventStore;
  logStream?: DestinationStream;
  clock?: Clock;
  checkResponses?: boolean;
  /** Shorter intervals and retries of the Kafka relay (tests); it runs only with KAFKA_BROKERS. */
  kafkaRelay?: KafkaRelayTuning;
}

export const PROJECTION_SERVICE_OPENAPI: OpenApiInfo = {
  title: 'BCĐ projection service',
  description:
    'The projections of the BCĐ platform (distributed shape): audit trail, transparency logs, time travel, KPIs. Errors are RFC 9457 problem documents (schema `Problem`).',
  version: '0.1.0',
};

export function createProjectionService(config: ServiceConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  const { kafkaRelay, ...hostOptions } = options;
  return createHostApp({
    service: 'projection',
    config,
    // this service logs nobody in (POST /api/auth/login is the membership service's): the login limits never apply
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    openApi: PROJECTION_SERVICE_OPENAPI,
    imports: [
      ProjectionsModule.forRoot({ dataDir: config.DATA_DIR, auditSigningKey: config.AUDIT_SIGNING_KEY }),
      // every stored event to Kafka when KAFKA_BROKERS is set (this service reads every context's events already)
      KafkaRelayModule.forRoot({ brokers: config.KAFKA_BROKERS, ...kafkaRelay }),
    ],
    apiDocsUi: false,
    ...hostOptions,
  });
}
