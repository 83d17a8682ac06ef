// Given/when/then for the consolidated report (RULES.md §3): drafted by the standing agency, circulated to the
// members for comment before going to the chair where the regulation asks for it (Thanh Hóa 2014 Điều 11.3,
// 2018 Điều 10.3), straight to the chair where it does not (Kiên Giang 2008, Bình Định 2021, Phú Thọ 2022).
import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import { adoptionOf, builtInPack, refuseByRegulation, spanOf, type RegulationSpan } from '@bcd/regulation';
import { REPORTING_CONSOLIDATED_EVENT_DATA, type MemberRole } from '@bcd/contracts';
import { REPORTING_POLICY, Rules } from '../rules.js';
import {
  consolidatedReportAggregate,
  consolidatedReportDecider,
  consolidatedReportRule,
  type CirculateConsolidatedReport,
  type ConsolidatedReportCommand,
  type ConsolidatedReportEvent,
  type DraftConsolidatedReport,
} from './consolidated-report.js';

const d = (value: string) => LocalDate.parse(value);
const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(consolidatedReportDecider);
const id = (n: number) => `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const hash = (c: string) => c.repeat(64);

const thanhHoa = [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })];
const single = (packId: string, effectiveFrom?: LocalDate): RegulationSpan => {
  const adoption = adoptionOf(builtInPack(packId), effectiveFrom ? { effectiveFrom } : {});
  return spanOf([adoption], adoption);
};
const th2014 = spanOf(thanhHoa, thanhHoa[0]);
const th2018 = spanOf(thanhHoa, thanhHoa[1]);
const kg2008 = single('kien-giang-2008');
const bd2021 = single('binh-dinh-2021', d('2021-03-15'));
const pt2022 = single('phu-tho-2022');

const TH2018_ROUND = 'thanh-hoa-2018/reporting.activityReports.0.commentRound';
const TH2018_ARTICLE = 'Điều 10 khoản 3, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
const TH2014_ROUND = 'thanh-hoa-2014/reporting.activityReports.0.commentRound';
const TH2014_ARTICLE = 'Điều 11 khoản 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const KG2008_ARTICLE = 'Điều 11, Quyết định 1507/QĐ-UBND ngày 23/06/2008';

const reportId = id(700);
const standingAgency = id(300);
const chair = { memberId: id(101), role: 'chair' as MemberRole };
const viceChair = { memberId: id(103), role: 'vice-chair' as MemberRole };
/** The five members of the roster on the day the report goes out. */
const [m1, m2, m3, m4, m5] = [105, 106, 107, 108, 109].map(id);
const sources = [id(801), id(802), id(803)];

const draft = (overrides: Partial<DraftConsolidatedReport['data']> = {}): DraftConsolidatedReport => ({
  type: 'DraftConsolidatedReport',
  data: {
    reportId,
    cadence: 'semiannual',
    period: '2019-H1',
    title: 'Báo cáo kết quả hoạt động của Ban Chỉ đạo 6 tháng đầu năm 2019',
    draftedOn: d('2019-07-01'),
    draftedBy: { agencyId: standingAgency },
    sourceObligationIds: sources,
    contentHash: hash('a'),
    regulation: th2018,
    ...overrides,
  },
  metadata: { now },
});
const circulate = (overrides: Partial<CirculateConsolidatedReport['data']> = {}): CirculateConsolidatedReport => ({
  type: 'CirculateConsolidatedReport',
  data: { reportId, circulatedOn: d('2019-07-02'), commentDeadline: d('2019-07-10'), recipients: [m1, m2, m3, m4, m5], ...overrides },
  metadata: { now },
});
const comment = (memberId: string, receivedOn: string) => ({
  type: 'ReceiveConsolidatedReportComment' as const,
  data: { reportId, memberId, receivedOn: d(receivedOn), summary: `Ý kiến của ${memberId}` },
  metadata: { now },
});
const revise = (revisedOn: string, contentHash = hash('b')) => ({
  type: 'ReviseConsolidatedReport' as const,
  data: { reportId, revisedOn: d(revisedOn), contentHash, note: 'Tiếp thu ý kiến các Ủy viên' },
  metadata: { now },
});
const submit = (submittedOn: string, to = chair) => ({ type: 'SubmitConsolidatedReport' as const, data: { reportId, submittedOn: d(submittedOn), to }, metadata: { now } });

/** The events the decider gives for these commands, one after the other: the story so far, to use as `given`. */
function story(...commands: ConsolidatedReportCommand[]): ConsolidatedReportEvent[] {
  return commands.reduce<ConsolidatedReportEvent[]>((events, command) => {
    const state = events.reduce(consolidatedReportDecider.evolve, consolidatedReportDecider.initialState());
    return [...events, ...consolidatedReportDecider.decide(command, state)];
  }, []);
}

/** Every event fits its published contract (libs/contracts reporting-consolidated-events), through JSON. */
function expectContracts(events: ConsolidatedReportEvent[]): void {
  for (const event of events) expect(REPORTING_CONSOLIDATED_EVENT_DATA[event.type].parse(JSON.parse(JSON.stringify(event.data)))).toEqual(event.data);
}

describe('consolidated report: Thanh Hóa 2018 Điều 10.3, the six-month report of 2019-H1', () => {
  const circulated = () => story(draft(), circulate());

  it('is drafted by the standing agency under the regulation in force, which asks for a comment round before the chair', () => {
    spec.given([]).when(draft()).then([
      {
        type: 'ConsolidatedReportDrafted',
        data: {
          reportId,
          cadence: 'semiannual',
          period: '2019-H1',
          title: 'Báo cáo kết quả hoạt động của Ban Chỉ đạo 6 tháng đầu năm 2019',
          draftedOn: d('2019-07-01'),
          draftedBy: { agencyId: standingAgency },
          sourceObligationIds: sources,
          contentHash: hash('a'),
          regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: d('2018-10-19'), article: TH2018_ARTICLE },
          commentRound: { rule: TH2018_ROUND, article: TH2018_ARTICLE },
        },
      },
    ]);
    // The round recorded is what refuseByRegulation gives for the pack's path: the same rule id and article.
    expect(refuseByRegulation(builtInPack('thanh-hoa-2018'), 'reporting.activityReports.0.commentRound', '')).toMatchObject({ rule: TH2018_ROUND, article: TH2018_ARTICLE });
  });

  it('goes to 5 members with a deadline; 3 comment (one late); revised; submitted to the chair after the deadline, the other two missing', () => {
    const events = story(
      draft(),
      circulate(),
      comment(m1, '2019-07-05'),
      comment(m3, '2019-07-10'),
      comment(m2, '2019-07-12'),
      revise('2019-07-15'),
      submit('2019-07-16'),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'ConsolidatedReportDrafted' }),
      { type: 'ConsolidatedReportCirculated', data: { reportId, circulatedOn: d('2019-07-02'), commentDeadline: d('2019-07-10'), recipients: [m1, m2, m3, m4, m5], article: TH2018_ARTICLE } },
      { type: 'ConsolidatedReportCommented', data: { reportId, memberId: m1, receivedOn: d('2019-07-05'), summary: `Ý kiến của ${m1}`, late: false } },
      // On the deadline day is on time; the day after is late, and recorded all the same.
      { type: 'ConsolidatedReportCommented', data: { reportId, memberId: m3, receivedOn: d('2019-07-10'), summary: `Ý kiến của ${m3}`, late: false } },
      { type: 'ConsolidatedReportCommented', data: { reportId, memberId: m2, receivedOn: d('2019-07-12'), summary: `Ý kiến của ${m2}`, late: true } },
      { type: 'ConsolidatedReportRevised', data: { reportId, revisedOn: d('2019-07-15'), contentHash: hash('b'), note: 'Tiếp thu ý kiến các Ủy viên' } },
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2019-07-16'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 3, commentsMissing: [m4, m5] } },
    ]);
    expectContracts(events);
  });

  it('refuses it to the chair before it was circulated, and before the deadline while members have not commented (Điều 10 khoản 3)', () => {
    spec.given(story(draft())).when(submit('2019-07-05')).thenThrowsRule(TH2018_ROUND, TH2018_ARTICLE);
    const threeComments = story(draft(), circulate(), comment(m1, '2019-07-05'), comment(m2, '2019-07-06'), comment(m3, '2019-07-08'));
    spec.given(threeComments).when(submit('2019-07-09')).thenThrowsRule(TH2018_ROUND, TH2018_ARTICLE);
    // The deadline is the last day to comment: on it, the two who have not may still do so.
    spec.given(threeComments).when(submit('2019-07-10')).thenThrowsRule(TH2018_ROUND, TH2018_ARTICLE);
  });

  it('takes it to the chair before the deadline once every recipient has commented', () => {
    const allFive = story(draft(), circulate(), ...[m1, m2, m3, m4, m5].map((m) => comment(m, '2019-07-04')));
    spec.given(allFive).when(submit('2019-07-05')).then([
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2019-07-05'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 5, commentsMissing: [] } },
    ]);
  });

  it('takes comments from its recipients only, once each, not before it went out nor before it was circulated (REPORTING-consolidated)', () => {
    spec.given(circulated()).when(comment(id(199), '2019-07-05')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft(), circulate(), comment(m1, '2019-07-05'))).when(comment(m1, '2019-07-06')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(circulated()).when(comment(m1, '2019-07-01')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(comment(m1, '2019-07-05')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
  });

  it('is circulated once, to members each named once, its deadline not before the day it goes out nor that before the draft (REPORTING-consolidated)', () => {
    spec.given(circulated()).when(circulate({ circulatedOn: d('2019-07-03') })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(circulate({ commentDeadline: d('2019-07-01') })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(circulate({ circulatedOn: d('2019-06-30') })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(circulate({ recipients: [m1, m1] })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(circulate({ recipients: [] })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    // The deadline may be the day it goes out.
    spec.given(story(draft())).when(circulate({ commentDeadline: d('2019-07-02') })).then([
      { type: 'ConsolidatedReportCirculated', data: { reportId, circulatedOn: d('2019-07-02'), commentDeadline: d('2019-07-02'), recipients: [m1, m2, m3, m4, m5], article: TH2018_ARTICLE } },
    ]);
  });

  it('goes to the chair only, once, not before its last change; nothing changes after (REPORTING-consolidated)', () => {
    const allFive = story(draft(), circulate(), ...[m1, m2, m3, m4, m5].map((m) => comment(m, '2019-07-04')));
    spec.given(allFive).when(submit('2019-07-11', viceChair)).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(allFive).when(submit('2019-07-01')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft(), circulate(), revise('2019-07-12'))).when(submit('2019-07-11')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    const submitted = story(draft(), circulate(), comment(m1, '2019-07-05'), submit('2019-07-11'));
    spec.given(submitted).when(submit('2019-07-12')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(submitted).when(comment(m2, '2019-07-12')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(submitted).when(revise('2019-07-12')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(submitted).when(circulate()).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
  });

  it('is revised with a new file, not before it was drafted; the same file again changes nothing', () => {
    spec.given(story(draft())).when(revise('2019-06-30')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given(story(draft())).when(revise('2019-07-03', hash('a'))).thenNothingHappened();
    spec.given([]).when(revise('2019-07-03')).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
  });
});

describe('consolidated report: drafting', () => {
  it('Thanh Hóa 2014 Điều 11.3 (in force until 2018-10-19): the six-month report of 2018-H1 is circulated first too', () => {
    const [drafted] = story(draft({ period: '2018-H1', draftedOn: d('2018-07-05'), regulation: th2014 }));
    expect(drafted.data).toMatchObject({ regulation: { packId: 'thanh-hoa-2014', article: TH2014_ARTICLE }, commentRound: { rule: TH2014_ROUND, article: TH2014_ARTICLE } });
    spec.given([drafted]).when(submit('2018-07-20')).thenThrowsRule(TH2014_ROUND, TH2014_ARTICLE);
  });

  it('finds the standing agency\'s report of the cadence: Thanh Hóa 2018 asks it for 6-month and annual reports, the quarterly one is the working group\'s (Điều 7.9)', () => {
    const pack = builtInPack('thanh-hoa-2018');
    expect(consolidatedReportRule(pack, 'annual')).toEqual({ article: TH2018_ARTICLE, commentRound: { rule: TH2018_ROUND, article: TH2018_ARTICLE } });
    // A quarterly report of its own rests on the reports it consolidates (Điều 10.2, "để tổng hợp báo cáo Trưởng Ban"), with no round.
    expect(consolidatedReportRule(pack, 'quarterly')).toEqual({ article: 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018', commentRound: null });
    spec.given([]).when(draft({ cadence: 'quarterly', period: '2019-Q3', draftedOn: d('2019-10-01') })).then([
      expect.objectContaining({ data: expect.objectContaining({ commentRound: null }) }) as ConsolidatedReportEvent,
    ]);
  });

  it('refuses without a regulation in force (REPORTING-no-regulation-in-force)', () => {
    spec.given([]).when(draft({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, REPORTING_POLICY);
  });

  it('refuses a second draft under the same id, a period not of the cadence, a source named twice (REPORTING-consolidated)', () => {
    spec.given(story(draft())).when(draft()).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given([]).when(draft({ period: '2019-Q2' })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given([]).when(draft({ cadence: 'annual', period: '2019-H1' })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
    spec.given([]).when(draft({ sourceObligationIds: [sources[0], sources[0]] })).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
  });
});

describe('consolidated report: regulations without a comment round', () => {
  it('Kiên Giang 2008 Điều 11: the quarterly report goes to the chair right after drafting', () => {
    const kg = draft({ cadence: 'quarterly', period: '2019-Q3', title: 'Báo cáo tổng hợp quý III năm 2019', draftedOn: d('2019-09-18'), regulation: kg2008 });
    const events = story(kg, submit('2019-09-19'));
    expect(events).toEqual([
      { type: 'ConsolidatedReportDrafted', data: expect.objectContaining({ regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: d('2008-06-23'), article: KG2008_ARTICLE }, commentRound: null }) },
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2019-09-19'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 0, commentsMissing: [] } },
    ]);
    expectContracts(events);
    // Circulated all the same, it cites no round and waits for no deadline; it still goes to the chair only.
    const circulated = story(kg, circulate({ circulatedOn: d('2019-09-18'), commentDeadline: d('2019-09-25') }), comment(m1, '2019-09-19'));
    expect(circulated[1]).toMatchObject({ data: { article: null } });
    spec.given(circulated).when(submit('2019-09-20')).then([
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2019-09-20'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 1, commentsMissing: [m2, m3, m4, m5] } },
    ]);
    spec.given(story(kg)).when(submit('2019-09-19', viceChair)).thenThrowsRule(Rules.consolidated, REPORTING_POLICY);
  });

  it('Phú Thọ 2022 Điều 7.6 (the standing agency, quarterly) and Bình Định 2021 (no report of the standing agency: it rests on the member reports, Điều 10.2a): no round', () => {
    expect(consolidatedReportRule(builtInPack('phu-tho-2022'), 'quarterly')).toEqual({ article: expect.stringMatching(/^Điều 7 khoản 6, Quyết định 1344\/QĐ-BCĐCĐS/), commentRound: null });
    const pt = draft({ cadence: 'quarterly', period: '2023-Q1', draftedOn: d('2023-03-27'), regulation: pt2022 });
    spec.given(story(pt)).when(submit('2023-03-28')).then([
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2023-03-28'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 0, commentsMissing: [] } },
    ]);
    const bd = draft({ period: '2022-H1', draftedOn: d('2022-07-01'), regulation: bd2021 });
    expect(story(bd)[0]).toMatchObject({ data: { regulation: { packId: 'binh-dinh-2021', article: expect.stringMatching(/^Điều 10 khoản 2 điểm a,/) }, commentRound: null } });
    spec.given(story(bd)).when(submit('2022-07-01')).then([
      { type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn: d('2022-07-01'), to: { memberId: chair.memberId, role: 'chair' }, commentsReceived: 0, commentsMissing: [] } },
    ]);
  });
});

describe('consolidated report: the aggregate', () => {
  it('is stored in `reporting-consolidated-<tenant>-<reportId>` as `reporting.<Type>`, at the business day of each command (Vietnam)', () => {
    expect(consolidatedReportAggregate.name).toBe('consolidated-report');
    expect(consolidatedReportAggregate.streamId('tinh-x', reportId)).toBe(`reporting-consolidated-tinh-x-${reportId}`);
    const [drafted] = story(draft());
    expect(consolidatedReportAggregate.codec.encode(drafted)).toMatchObject({ type: 'reporting.ConsolidatedReportDrafted' });
    expect(consolidatedReportAggregate.occurredAt(draft())).toEqual(new Date('2019-06-30T17:00:00.000Z'));
    expect(consolidatedReportAggregate.occurredAt(submit('2019-07-16'))).toEqual(new Date('2019-07-15T17:00:00.000Z'));
  });
});
