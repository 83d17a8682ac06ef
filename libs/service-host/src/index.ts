// What every host of the code base shares (apps/platform, the services of the distributed shape):
// RFC 9457 problem documents, health probes, JSON logs, the correlation id, metrics, the configured
// event store behind its instrumented decorator, the host configuration (with the login settings of the
// host that logs people in), and the context kit: the command runner, read models and projections, the
// HTTP pieces (routes, ETag/If-Match, Idempotency-Key, zod helpers, OpenAPI), and the ports served by
// folding published events.
// The test kit is '@bcd/service-host/testing'.
export * from './problem.filter.js';
export * from './health.controller.js';
export * from './health.module.js';
export * from './logger.js';
export * from './metrics.js';
export * from './metrics.module.js';
export * from './metrics.controller.js';
export * from './instrumented-event-store.js';
export * from './event-store.module.js';
export * from './http-host.js';
export * from './host-config.js';
export * from './login-config.js';
export * from './host.module.js';
export * from './host-app.js';
export * from './commands/command-runner.js';
export * from './commands/regulations.js';
export * from './commands/caller.js';
export * from './read-models/read-models.js';
export { rebuildReadModel, type RebuildHooks, type RebuildHost, type RebuildProgress } from './read-models/rebuild.js';
export * from './read-models/read-model-database.js';
export * from './read-models/read-model-query.js';
export * from './read-models/projection.js';
export * from './read-models/view-row.js';
export * from './http/zod.js';
export * from './http/request-edge.js';
export * from './http/etag.js';
export * from './http/routes.js';
export * from './http/idempotency.js';
export * from './http/openapi.js';
export * from './http/response-contract.js';
export * from './folds/event-log-access-directory.js';
export * from './folds/event-log-regulations-in-force.js';
export * from './folds/event-log-working-calendars.js';
export * from './folds/event-log-rosters.js';
export * from './folds/tenant-event-fold.js';
export * from './files/file-store.js';
export * from './files/table-export.js';
