// Schemas of the commands, events and HTTP bodies that cross a context's boundary (ARCHITECTURE.md
// "Layout"): pure zod, shared by the producing context, the services that consume its events and the
// admin app.
export * from './rulebook-events.js';
