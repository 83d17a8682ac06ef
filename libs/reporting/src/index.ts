export * from './domain/rules.js';
export * from './domain/obligation/obligation.js';
export * from './domain/obligation/obligation.decider.js';
export * from './domain/obligation/opening.js';
export * from './domain/obligation/submission.js';
export {
  checkValues,
  templateInForce,
  templatesAggregate,
  templatesDecider,
  templatesStream,
  type DefineTemplate,
  type TemplateEvent,
  type TemplatesCommand,
  type TemplatesState,
  type TemplateVersion,
} from './domain/template/template.js';
export * from './domain/consolidated/index.js';
export { designatedOn, setupAggregate, setupDecider, setupStream, DEFAULT_REMINDER_DAYS, type SetupEvent, type SetupState } from './domain/setup/setup.js';
export { reminders, evolveFollowUp, emptyFollowUp, type FollowUp, type Reminder, type ReminderKind } from './domain/reminders/reminders.js';
export * from './reporting.module.js';
export { reportingProjection, REPORTING_PROJECTION_ID } from './read-model/reporting.projection.js';
export { ObligationOpener, OPEN_AHEAD_DAYS } from './application/opener.js';
