// Report templates of a tenant (Phú Thọ 2022 Điều 4.3: "theo mẫu … của Ban Chỉ đạo"; elsewhere the
// standing agency issues one, Bình Định 2021 Điều 10.2a): named fields, each required or not, of a type.
// One stream per tenant, `reporting-templates-<tenant>`; a template is redefined by a new version in force
// from a date. A submission's values are checked against the version in force on its obligation's due date.
import { LocalDate } from '@bcd/calendar';
import { deciderOf, defineAggregate, type CommandOf, type Command, type DomainEvent } from '@bcd/kernel';
import type { OBLIGATION_KINDS, ReportSubmittedData, TemplateDefinedData } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type TemplateDefined = DomainEvent<'TemplateDefined', TemplateDefinedData>;
export type TemplateEvent = TemplateDefined;

export type TemplateVersion = TemplateDefinedData;

export interface TemplatesState {
  /** Every version of every template, in the order defined. */
  versions: readonly TemplateVersion[];
}

export const initialState = (): TemplatesState => ({ versions: [] });

export function evolve(state: TemplatesState, event: TemplateEvent): TemplatesState {
  return { versions: [...state.versions, event.data] };
}

export type DefineTemplate = Command<'DefineTemplate', Omit<TemplateDefinedData, 'version'>>;

export function defineTemplate(command: DefineTemplate, state: TemplatesState): TemplateEvent[] {
  const { templateId, fields } = command.data;
  const keys = fields.map((f) => f.key);
  const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
  if (twice.length > 0) throw refuse(Rules.template, `Field key(s) ${[...new Set(twice)].join(', ')} named twice.`);
  const earlier = state.versions.filter((v) => v.templateId === templateId);
  const last = earlier[earlier.length - 1];
  if (last && last.effectiveFrom > command.data.effectiveFrom) {
    throw refuse(Rules.template, `Version ${last.version} of template ${templateId} is in force from ${last.effectiveFrom}: a new version starts on or after it.`);
  }
  return [{ type: 'TemplateDefined', data: { ...command.data, version: earlier.length + 1 } }];
}

/** The version in force on `date` of the template that applies to `report` (the latest defined, when several). */
export function templateInForce(state: TemplatesState, report: (typeof OBLIGATION_KINDS)[number], date: LocalDate): TemplateVersion | null {
  const candidates = state.versions.filter((v) => v.appliesTo.includes(report) && v.effectiveFrom <= date);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.effectiveFrom >= a.effectiveFrom ? b : a));
}

/** The values follow the template: every required field present, each of its type, no field it does not have. */
export function checkValues(template: TemplateVersion | null, values: ReportSubmittedData['values']): void {
  if (template === null) return;
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const problems: string[] = [];
  for (const key of Object.keys(values)) if (!fields.has(key)) problems.push(`"${key}" is no field of the template`);
  for (const field of template.fields) {
    const value = values[field.key];
    if (value === undefined || value === null || value === '') {
      if (field.required) problems.push(`"${field.key}" (${field.label}) is required`);
      continue;
    }
    const ok =
      field.type === 'text' ? typeof value === 'string' : field.type === 'number' ? typeof value === 'number' && Number.isFinite(value) : field.type === 'boolean' ? typeof value === 'boolean' : typeof value === 'string' && LocalDate.is(value);
    if (!ok) problems.push(`"${field.key}" (${field.label}) must be a ${field.type === 'date' ? 'date YYYY-MM-DD' : field.type}`);
  }
  if (problems.length > 0) {
    throw refuse(Rules.template, `The report does not follow template "${template.name}" (version ${template.version}, in force from ${template.effectiveFrom}): ${problems.join('; ')}.`);
  }
}

export const templatesDecider = deciderOf({ initialState, evolve, decide: { DefineTemplate: defineTemplate } });
export type TemplatesCommand = CommandOf<typeof templatesDecider>;
export const templatesStream = (tenant: string): string => `reporting-templates-${tenant}`;
export const templatesAggregate = defineAggregate({ name: 'templates', namespace: 'reporting', decider: templatesDecider, streamId: templatesStream });
