export { RulebookModule } from './rulebook.module.js';
export { rulebookProjection, RULEBOOK_MIGRATIONS_DIR, RULEBOOK_MIGRATIONS_TABLE, RULEBOOK_PROJECTION_ID } from './read-model/rulebook.projection.js';
export { ReadModelRegulationsInForce } from './application/regulations-in-force.js';
export type { AdoptionView, InForceView } from './read-model/adoptions.query.js';
export type { ScheduleView } from './read-model/schedule.query.js';
export { Rules as RulebookRules, RULEBOOK_POLICY } from './domain/rules.js';
export { regulationsAggregate, regulationsDecider, regulationsStream } from './domain/regulations/regulations.decider.js';
export type { RegulationEvent } from './domain/regulations/regulations.js';
