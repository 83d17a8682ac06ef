// @bcd/projections: for now only the tamper-evidence core of issue 14 (a transparency log per tenant).
// The projection runtime, audit trail, KPIs and time travel are not built yet (see README.md).
export * from './domain/transparency/merkle.js';
export * from './domain/transparency/leaf.js';
export * from './domain/transparency/note.js';
export * from './domain/transparency/checkpoint.js';
export * from './transparency/signer.js';
