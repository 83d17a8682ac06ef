export * from './domain/rules.js';
export * from './domain/meeting/meeting.js';
export * from './domain/meeting/meeting.decider.js';
export * from './domain/meeting/scheduling.js';
export * from './domain/meeting/documents.js';
export * from './domain/meeting/attendance.js';
export * from './domain/meeting/outputs.js';
