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
