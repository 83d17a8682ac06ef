// @bcd/projections: the audit trail, the per-tenant transparency log (its core, verification and bundle are
// usable offline) and time travel (see README.md).
export * from './domain/transparency/merkle.js';
export * from './domain/transparency/leaf.js';
export * from './domain/transparency/note.js';
export * from './domain/transparency/checkpoint.js';
export * from './transparency/signer.js';
export * from './domain/transparency/log-verification.js';
export * from './domain/transparency/bundle.js';
export * from './projections.module.js';
export * from './projections.options.js';
// What the projections benchmark drives by hand (bench/src/projections.bench.ts).
export { auditProjection } from './audit/audit.projection.js';
export { transparencyProjection } from './transparency/transparency.projection.js';
export { TransparencyKeys } from './transparency/signing-key.js';
