// The acceptance cases, one describe per seed regulation.

import { LocalDate, parseInstant } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { checkDocumentLeadTime } from './document-lead-time.js';
import { binhDinh2021, kienGiang2008, phuTho2022, thanhHoa2014, thanhHoa2018 } from './packs/index.js';
import { parseRulePack } from './parse-rule-pack.js';
import { type Adoption, adoptionOf, regulationInForce } from './regulation-in-force.js';
import { scheduleForAdoptions, scheduleForPack } from './schedule.js';
import { configurePack, isComplete } from './tenant-configuration.js';

const d = (s: string) => LocalDate.parse(s);
const at = (s: string) => parseInstant(s);

describe('Kiên Giang 2008 (1507/QĐ-UBND)', () => {
  const schedule = scheduleForPack(kienGiang2008, d('2009-07-01'), d('2009-09-30'));

  it('the Q3 2009 plenary must be held between 2009-09-20 and 2009-09-30 (Điều 10)', () => {
    expect(schedule.meetings).toEqual([
      expect.objectContaining({ kind: 'plenary', period: '2009-Q3', windowStart: '2009-09-20', windowEnd: '2009-09-30' }),
    ]);
    expect(schedule.meetings[0].citation.article).toBe('Điều 10');
  });

  it("members' Q3 reports are due by the end of 2009-09-15: \"chậm nhất ngày 15\" (Điều 11)", () => {
    expect(schedule.reportObligations).toEqual([
      expect.objectContaining({
        report: 'member-report',
        reporter: 'members',
        period: '2009-Q3',
        dueDate: '2009-09-15',
        literalDueDate: '2009-09-15',
        rolledOver: null,
        deadline: { reading: 'no-later-than', wording: 'chậm nhất ngày 15 của tháng cuối quý', onDayOff: 'next-working-day' },
      }),
    ]);
  });

  it('documents for a periodic meeting go out at least 3 working days before it (Điều 11)', () => {
    // Plenary on Friday 2009-09-25: Tuesday to Thursday are the three days (neither the sending day nor
    // the meeting day counts, BLDS 2015 Điều 147.2), so the last day to send is Monday 2009-09-21.
    const meetingAt = at('2009-09-25T08:00:00+07:00');
    expect(checkDocumentLeadTime(kienGiang2008, { meetingAt, documentsSentAt: at('2009-09-21T16:30:00+07:00'), periodic: true })).toEqual(
      expect.objectContaining({
        outcome: 'met',
        latestSendDate: '2009-09-21',
        requirement: { unit: 'working-days', days: 3, counting: 'exclude-send-day-and-meeting-day' },
      }),
    );
    expect(checkDocumentLeadTime(kienGiang2008, { meetingAt, documentsSentAt: at('2009-09-22T07:00:00+07:00'), periodic: true })).toEqual(
      expect.objectContaining({ outcome: 'missed' }),
    );
    // Across Quốc khánh 2009 (Wednesday 2/9): for Friday 4/9 the three days are Monday 31/8, Tuesday 1/9
    // and Thursday 3/9, so the documents had to leave by Sunday 30/8 (in practice Friday 28/8).
    expect(
      checkDocumentLeadTime(kienGiang2008, { meetingAt: at('2009-09-04T08:00:00+07:00'), documentsSentAt: at('2009-08-31T08:00:00+07:00'), periodic: true }),
    ).toEqual(expect.objectContaining({ outcome: 'missed', latestSendDate: '2009-08-30' }));
    // The rule covers periodic meetings only.
    expect(checkDocumentLeadTime(kienGiang2008, { meetingAt, documentsSentAt: meetingAt, periodic: false }).outcome).toBe('not-applicable');
  });
});

describe('Thanh Hóa: the 2014 regulation, then the 2018 one from 2018-10-19', () => {
  const adoptions: Adoption[] = [adoptionOf(thanhHoa2014), adoptionOf(thanhHoa2018, { supersedes: '3461/QĐ-BCĐ' })];

  it('before 2018-10-19 the 2014 pack is in force; from 2018-10-19 the 2018 pack', () => {
    expect(regulationInForce(adoptions, d('2014-10-15'))).toBeUndefined();
    expect(regulationInForce(adoptions, d('2014-10-16'))?.pack.id).toBe('thanh-hoa-2014');
    expect(regulationInForce(adoptions, d('2018-10-18'))?.pack.id).toBe('thanh-hoa-2014');
    expect(regulationInForce(adoptions, d('2018-10-19'))?.pack.id).toBe('thanh-hoa-2018');
    expect(regulationInForce(adoptions, d('2025-06-01'))?.decisionNumber).toBe('4095/QĐ-BCĐ');
  });

  it('2014 pack: one plenary a year, the standing board every 6 months, documents 5 working days before', () => {
    const s = scheduleForPack(thanhHoa2014, d('2015-01-01'), d('2015-12-31'));
    expect(s.meetings.map((m) => `${m.kind} ${m.period} ${m.windowStart}..${m.windowEnd}`)).toEqual([
      'standing-board 2015-H1 2015-01-01..2015-06-30',
      'plenary 2015 2015-01-01..2015-12-31',
      'standing-board 2015-H2 2015-07-01..2015-12-31',
    ]);
    expect(thanhHoa2014.meetings.documentLeadTime).toEqual(expect.objectContaining({ kind: 'working-days', days: 5, appliesTo: 'all-meetings' }));
    // Meeting on Thursday 2015-02-26, after Tết Ất Mùi (off 16–23/2, make-up Saturday 14/2): the five
    // working days before it are 25, 24, 14 (Saturday), 13 and 12 February; the sending day does not
    // count, so documents had to leave by the 11th.
    const meeting = { meetingAt: at('2015-02-26T14:00:00+07:00'), periodic: false };
    expect(checkDocumentLeadTime(thanhHoa2014, { ...meeting, documentsSentAt: at('2015-02-11T17:00:00+07:00') })).toEqual(
      expect.objectContaining({ outcome: 'met', latestSendDate: '2015-02-11' }),
    );
    expect(checkDocumentLeadTime(thanhHoa2014, { ...meeting, documentsSentAt: at('2015-02-12T08:00:00+07:00') }).outcome).toBe('missed');
  });

  it('2014 pack: reports "trước ngày 25 tháng 6 / 25 tháng 11" are due by the end of 24 June and 24 November', () => {
    const s = scheduleForPack(thanhHoa2014, d('2015-01-01'), d('2015-12-31'));
    expect(s.reportObligations.map((o) => [o.period, o.dueDate, o.deadline.reading])).toEqual([
      ['2015-H1', '2015-06-24', 'before'],
      ['2015', '2015-11-24', 'before'],
    ]);
  });

  it('2018 pack: quarterly plenary, monthly working group, reports by 9 June (Sunday in 2019: Monday 10) and 4 December', () => {
    const s = scheduleForPack(thanhHoa2018, d('2019-01-01'), d('2019-12-31'));
    expect(s.meetings.filter((m) => m.kind === 'plenary').map((m) => m.period)).toEqual(['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4']);
    expect(s.meetings.filter((m) => m.kind === 'working-group').map((m) => m.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`),
    );
    expect(s.reportObligations.filter((o) => o.report === 'member-report').map((o) => [o.period, o.dueDate])).toEqual([
      ['2019-H1', '2019-06-10'],
      ['2019', '2019-12-04'],
    ]);
    expect(thanhHoa2018.meetings.documentLeadTime.kind).toBe('none');
  });

  it('over the adoptions, 2018 follows the regulation in force on each due date', () => {
    const s = scheduleForAdoptions(adoptions, d('2018-01-01'), d('2018-12-31'));
    expect(s.withoutRegulation).toEqual([]);
    // 2014 pack until 2018-10-18: H1 report due 24/6 (a Sunday: Monday 25/6) and the H1 standing board;
    // the annual plenary and the annual report (due 24/11) fall after the switch, so the 2018 pack's rules apply to them.
    expect(s.reportObligations.filter((o) => o.report === 'member-report').map((o) => [o.regulation.packId, o.period, o.dueDate])).toEqual([
      ['thanh-hoa-2014', '2018-H1', '2018-06-25'],
      ['thanh-hoa-2018', '2018', '2018-12-04'],
    ]);
    expect(s.meetings.map((m) => `${m.regulation.packId} ${m.kind} ${m.period}`)).toEqual([
      'thanh-hoa-2014 standing-board 2018-H1',
      'thanh-hoa-2018 working-group 2018-10',
      'thanh-hoa-2018 working-group 2018-11',
      'thanh-hoa-2018 plenary 2018-Q4',
      'thanh-hoa-2018 working-group 2018-12',
    ]);
    expect(scheduleForAdoptions(adoptions, d('2014-01-01'), d('2014-12-31')).withoutRegulation).toEqual([{ from: '2014-01-01', to: '2014-10-15' }]);
  });
});

describe('Bình Định 2021', () => {
  it('plenary every 6 months', () => {
    const s = scheduleForPack(binhDinh2021, d('2022-01-01'), d('2022-12-31'));
    expect(s.meetings.filter((m) => m.kind === 'plenary').map((m) => [m.period, m.windowStart, m.windowEnd])).toEqual([
      ['2022-H1', '2022-01-01', '2022-06-30'],
      ['2022-H2', '2022-07-01', '2022-12-31'],
    ]);
  });

  it('documents at least 48 hours before the meeting, electronically (Điều 10.1c)', () => {
    const meetingAt = at('2022-06-16T08:00:00+07:00');
    expect(checkDocumentLeadTime(binhDinh2021, { meetingAt, documentsSentAt: at('2022-06-14T08:00:00+07:00'), periodic: false })).toEqual(
      expect.objectContaining({ outcome: 'met', requirement: { unit: 'hours', hours: 48, counting: 'clock-hours' }, latestSendAt: at('2022-06-14T08:00:00+07:00') }),
    );
    expect(checkDocumentLeadTime(binhDinh2021, { meetingAt, documentsSentAt: at('2022-06-14T08:01:00+07:00'), periodic: true }).outcome).toBe('missed');
  });

  it('reports "trước ngày 30 của tháng 6, tháng 12" are due by 29 June and 29 December', () => {
    const s = scheduleForPack(binhDinh2021, d('2022-01-01'), d('2022-12-31'));
    expect(s.reportObligations.filter((o) => o.report === 'member-report').map((o) => [o.period, o.dueDate])).toEqual([
      ['2022-H1', '2022-06-29'],
      ['2022-H2', '2022-12-29'],
    ]);
  });

  it('the non-standing vice chair and the working-group leader sign with the Sở TTTT seal (Điều 11)', () => {
    const seal = (signer: string) => binhDinh2021.documents.seals.find((s) => s.signer === signer)?.seal;
    expect(seal('vice-chair')).toBe('standing-agency');
    expect(seal('working-group-leader')).toBe('standing-agency');
    expect(seal('chair')).toBe('provincial-people-committee');
    expect(seal('standing-vice-chair')).toBe('provincial-people-committee');
  });

  it('its signing date is blank, so an adoption must say when it took effect', () => {
    expect(() => adoptionOf(binhDinh2021)).toThrow(ValidationFailed);
    expect(adoptionOf(binhDinh2021, { effectiveFrom: d('2021-03-15') }).effectiveFrom).toBe('2021-03-15');
  });
});

describe('Phú Thọ 2022', () => {
  it('plenary every 6 months', () => {
    const s = scheduleForPack(phuTho2022, d('2023-01-01'), d('2023-12-31'));
    expect(s.meetings.map((m) => `${m.kind} ${m.period}`)).toEqual(['plenary 2023-H1', 'plenary 2023-H2']);
  });

  it('report obligations are not generated until the tenant sets the dates', () => {
    expect(isComplete(phuTho2022)).toBe(false);
    const before = scheduleForPack(phuTho2022, d('2023-01-01'), d('2023-12-31'));
    expect(before.reportObligations).toEqual([]);
    expect(before.needsConfiguration.map((n) => [n.path, n.citation.article])).toEqual([
      ['reporting.memberReports.due', 'Điều 4 khoản 3'],
      ['reporting.activityReports.0.due', 'Điều 7 khoản 6'],
    ]);

    const tenantCitation = { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: d('2022-07-01') };
    const configured = configurePack(phuTho2022, {
      'reporting.memberReports.due': {
        kind: 'fixed',
        deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối quý' } }],
        citation: tenantCitation,
      },
    });
    const after = scheduleForPack(configured, d('2023-01-01'), d('2023-12-31'));
    expect(after.reportObligations.map((o) => [o.period, o.dueDate])).toEqual([
      ['2023-Q1', '2023-03-20'],
      ['2023-Q2', '2023-06-20'],
      ['2023-Q3', '2023-09-20'],
      ['2023-Q4', '2023-12-20'],
    ]);
    expect(after.needsConfiguration.map((n) => n.path)).toEqual(['reporting.activityReports.0.due']);
  });
});

describe('a custom rule pack', () => {
  it('with a wrong field is refused with ValidationFailed naming the field path', () => {
    const custom = structuredClone(phuTho2022) as unknown as { id: string; meetings: { plenary: Record<string, unknown> } };
    custom.id = 'phu-tho-custom';
    custom.meetings.plenary.cadence = 'weekly';
    let error: unknown;
    try {
      parseRulePack(custom);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).toEqual([{ path: 'meetings.plenary.cadence', message: expect.stringContaining('monthly') }]);
  });
});
