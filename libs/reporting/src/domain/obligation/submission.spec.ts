// Given/when/then for submitting a report: on time by the end of the due date (Vietnam time), days late in
// working and calendar days, returned for revision and resubmitted keeping the first submission's
// timeliness, accepted; values checked against the template in force.
import { LocalDate, vietnamCalendar } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import type { ObligationOpenedData, TemplateDefinedData } from '@bcd/contracts';
import { REPORTING_POLICY, Rules } from '../rules.js';
import { obligationDecider } from './obligation.decider.js';
import type { ObligationEvent } from './obligation.js';
import type { SubmitReport } from './submission.js';

const d = (value: string) => LocalDate.parse(value);
const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(obligationDecider);
const obligationId = 'obl-1';

// Kiên Giang 2008, Q3 2019: literal Sunday 15/9, due Monday 16/9.
const openedData: ObligationOpenedData = {
  obligationId,
  report: 'member-report',
  reporter: { kind: 'agency', agencyId: 'agency-1' },
  cadence: 'quarterly',
  period: '2019-Q3',
  periodStart: d('2019-07-01'),
  periodEnd: d('2019-09-30'),
  subject: null,
  due: { literalDueDate: d('2019-09-15'), dueDate: d('2019-09-16'), rolledOver: null, wording: 'chậm nhất ngày 15 tháng cuối quý', reading: 'no-later-than' },
  rule: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: d('2008-06-23'), article: 'Điều 11' },
  requestedBy: null,
};
const opened: ObligationEvent = { type: 'ObligationOpened', data: openedData };

const template: TemplateDefinedData = {
  templateId: 'tpl-1',
  version: 2,
  name: 'Báo cáo quý',
  appliesTo: ['member-report'],
  effectiveFrom: d('2019-01-01'),
  fields: [
    { key: 'ketQua', label: 'Kết quả thực hiện', type: 'text', required: true },
    { key: 'soDichVuCong', label: 'Số dịch vụ công trực tuyến', type: 'number', required: true },
    { key: 'ngayBaoCao', label: 'Ngày báo cáo', type: 'date', required: false },
  ],
};

const submit = (submittedAt: string, overrides: Partial<SubmitReport['data']> = {}): SubmitReport => ({
  type: 'SubmitReport',
  data: {
    obligationId,
    submissionId: `sub-${submittedAt}`,
    submittedAt: new Date(submittedAt),
    channel: 'official-email',
    summary: 'Báo cáo quý III năm 2019',
    values: { ketQua: 'Hoàn thành 4/5 nhiệm vụ', soDichVuCong: 120 },
    attachments: [],
    template,
    calendar: vietnamCalendar,
    ...overrides,
  },
  metadata: { now },
});
const submitted = (command: SubmitReport): ObligationEvent => obligationDecider.decide(command, [opened].reduce(obligationDecider.evolve, obligationDecider.initialState()))[0];

describe('obligation decider: submissions', () => {
  it('is on time until the end of the due date in Vietnam: 23:59 on Monday 16/9 (16:59 UTC)', () => {
    const event = submitted(submit('2019-09-16T16:59:00Z'));
    expect(event).toMatchObject({ type: 'ReportSubmitted', data: { timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 } }, resubmission: false, template: { templateId: 'tpl-1', version: 2 } } });
  });

  it('counts days late in working days of the calendar and in calendar days: Monday 23/9 is 5 working and 7 calendar days late', () => {
    expect(submitted(submit('2019-09-17T00:30:00+07:00'))).toMatchObject({ data: { timeliness: { onTime: false, daysLate: { working: 1, calendar: 1 } } } });
    expect(submitted(submit('2019-09-23T09:00:00+07:00'))).toMatchObject({ data: { timeliness: { onTime: false, daysLate: { working: 5, calendar: 7 } } } });
  });

  it('keeps the first submission\'s timeliness when a returned report is sent again after the deadline', () => {
    const first = submitted(submit('2019-09-13T09:00:00+07:00'));
    const returned: ObligationEvent = { type: 'ReportReturned', data: { obligationId, submissionId: 'sub-2019-09-13T09:00:00+07:00', reason: 'Thiếu số liệu dịch vụ công', returnedAt: '2019-09-18T02:00:00.000Z' } };
    const again = submit('2019-09-25T09:00:00+07:00', { submissionId: 'sub-2' });
    const [resubmitted] = obligationDecider.decide(again, [opened, first, returned].reduce(obligationDecider.evolve, obligationDecider.initialState()));
    expect(resubmitted).toMatchObject({ data: { resubmission: true, timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt: '2019-09-13T02:00:00.000Z' } } });
    spec.given([opened, first, returned, resubmitted]).when({ type: 'AcceptReport', data: { obligationId, acceptedAt: new Date('2019-09-26T02:00:00Z') }, metadata: { now } }).then([
      { type: 'ReportAccepted', data: { obligationId, submissionId: 'sub-2', acceptedAt: '2019-09-26T02:00:00.000Z' } },
    ]);
  });

  it('refuses a second submission awaiting the recipient, one after acceptance, and returning what awaits nothing (REPORTING-submission)', () => {
    const first = submitted(submit('2019-09-13T09:00:00+07:00'));
    spec.given([opened, first]).when(submit('2019-09-14T09:00:00+07:00')).thenThrowsRule(Rules.submission, REPORTING_POLICY);
    const accepted: ObligationEvent = { type: 'ReportAccepted', data: { obligationId, submissionId: 'x', acceptedAt: '2019-09-20T00:00:00.000Z' } };
    spec.given([opened, first, accepted]).when(submit('2019-09-21T09:00:00+07:00')).thenThrowsRule(Rules.submission, REPORTING_POLICY);
    spec.given([opened]).when({ type: 'ReturnReport', data: { obligationId, reason: 'x', returnedAt: now }, metadata: { now } }).thenThrowsRule(Rules.submission, REPORTING_POLICY);
  });

  it('checks the values against the template in force: a required field missing, a wrong type, a field it does not have (REPORTING-template)', () => {
    spec.given([opened]).when(submit('2019-09-13T09:00:00+07:00', { values: { ketQua: 'x' } })).thenThrowsRule(Rules.template, REPORTING_POLICY);
    spec.given([opened]).when(submit('2019-09-13T09:00:00+07:00', { values: { ketQua: 'x', soDichVuCong: 'nhiều' } })).thenThrowsRule(Rules.template, REPORTING_POLICY);
    spec.given([opened]).when(submit('2019-09-13T09:00:00+07:00', { values: { ketQua: 'x', soDichVuCong: 1, ghiChu: 'y' } })).thenThrowsRule(Rules.template, REPORTING_POLICY);
    spec.given([opened]).when(submit('2019-09-13T09:00:00+07:00', { values: { ketQua: 'x', soDichVuCong: 1, ngayBaoCao: '13/9/2019' } })).thenThrowsRule(Rules.template, REPORTING_POLICY);
    // Without a template, any values are taken.
    expect(submitted(submit('2019-09-13T09:00:00+07:00', { template: null, values: { free: 'x' } }))).toMatchObject({ data: { template: null } });
  });

  it('refuses anything on a withdrawn obligation (REPORTING-obligation)', () => {
    const withdrawn: ObligationEvent = { type: 'ObligationWithdrawn', data: { obligationId, reason: 'x', rule: null } };
    spec.given([opened, withdrawn]).when(submit('2019-09-13T09:00:00+07:00')).thenThrowsRule(Rules.obligation, REPORTING_POLICY);
  });
});
