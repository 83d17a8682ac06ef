// The test kit of every context (import from '@bcd/service-host/testing'; nothing in production does).
export * from './stub-event-store.js';
export * from './log-capture.js';
export * from './databases.js';
export * from './recorded.js';
export * from './projection-spec.js';
export * from './api-spec.js';
export * from './csv.js';
export * from './service-spec.js';
