// Given/when/then for report templates: versions in force from a date, the one in force on a due date.
import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import type { TemplateDefinedData } from '@bcd/contracts';
import { REPORTING_POLICY, Rules } from '../rules.js';
import { templateInForce, templatesDecider, type DefineTemplate, type TemplateEvent } from './template.js';

const d = (value: string) => LocalDate.parse(value);
const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(templatesDecider);
const define = (effectiveFrom: string, fields: TemplateDefinedData['fields'] = [{ key: 'ketQua', label: 'Kết quả', type: 'text', required: true }]): DefineTemplate => ({
  type: 'DefineTemplate',
  data: { templateId: 'tpl', name: 'Báo cáo định kỳ theo mẫu (Phú Thọ 2022 Điều 4.3)', appliesTo: ['member-report'], effectiveFrom: d(effectiveFrom), fields },
  metadata: { now },
});
const defined = (command: DefineTemplate, version: number): TemplateEvent => ({ type: 'TemplateDefined', data: { ...command.data, version } });

describe('report templates', () => {
  it('numbers the versions of a template; a new one starts on or after the last', () => {
    spec.given([]).when(define('2023-01-01')).then([defined(define('2023-01-01'), 1)]);
    spec.given([defined(define('2023-01-01'), 1)]).when(define('2023-07-01')).then([defined(define('2023-07-01'), 2)]);
    spec.given([defined(define('2023-07-01'), 1)]).when(define('2023-01-01')).thenThrowsRule(Rules.template, REPORTING_POLICY);
    spec.given([]).when(define('2023-01-01', [{ key: 'a', label: 'A', type: 'text', required: true }, { key: 'a', label: 'B', type: 'number', required: false }])).thenThrowsRule(Rules.template, REPORTING_POLICY);
  });

  it('gives the version in force on a due date, none before the first', () => {
    const state = [defined(define('2023-01-01'), 1), defined(define('2023-07-01'), 2)].reduce(templatesDecider.evolve, templatesDecider.initialState());
    expect(templateInForce(state, 'member-report', d('2022-12-20'))).toBeNull();
    expect(templateInForce(state, 'member-report', d('2023-03-20'))?.version).toBe(1);
    expect(templateInForce(state, 'member-report', d('2023-09-20'))?.version).toBe(2);
    expect(templateInForce(state, 'activity-report', d('2023-09-20'))).toBeNull();
  });
});
