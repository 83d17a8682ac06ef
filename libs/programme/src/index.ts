export * from './domain/rules.js';
export * from './domain/programme/programme.js';
export * from './domain/programme/programme.decider.js';
export * from './programme.module.js';
export { programmeProjection, PROGRAMME_PROJECTION_ID } from './read-model/programme.projection.js';
export { foldProgramme, progressOf, type ProgrammeView, type Progress } from './read-model/programme.view.js';
