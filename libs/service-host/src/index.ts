// The Nest pieces every host of the code base shares (apps/platform, the services of the distributed
// shape): RFC 9457 problem documents, health probes, JSON logs, the correlation id, metrics, and the
// configured event store behind its instrumented decorator.
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
export * from './context-read-model.js';
// test doubles for the hosts' tests
export * from './testing/stub-event-store.js';
export * from './testing/log-capture.js';
