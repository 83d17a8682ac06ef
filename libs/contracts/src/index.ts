// Schemas of the commands, events and HTTP bodies that cross a context's boundary (ARCHITECTURE.md
// "Layout"): pure zod, shared by the producing context, the services that consume its events and the
// admin app. Other contexts read a context's events only through these.
export * from './rulebook-events.js';
export * from './tenancy-events.js';
export * from './membership-events.js';
export * from './meetings-events.js';
export * from './membership-roster.js';
export * from './membership-directory.js';
export * from './reporting-events.js';
export * from './reporting-consolidated-events.js';
export * from './budget-events.js';
export * from './programme-events.js';
export * from './kpis-events.js';
