// Fixtures for the fiscal-year specs (not a spec itself): the regulations of the seeds as the tenants adopted
// them, the articles the refusals cite, a command builder per command with the story's defaults, and `story`,
// which folds commands into the events the decider gave for them (the `given` of a spec).
import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import { adoptionOf, builtInPack, spanOf, type Decision, type RegulationSpan } from '@bcd/regulation';
import { BUDGET_EVENT_DATA } from '@bcd/contracts';
import { BUDGET_POLICY } from '../rules.js';
import type { ApproveSettlement, CorrectSettlement, SubmitSettlement } from './settlement.js';
import type { Appropriate, ReallocateAppropriation, SupplementAppropriation } from './appropriation.js';
import type { AppraiseEstimate, DraftEstimate, OpenBudget, ReviewEstimate, SubmitEstimate } from './estimate.js';
import { budgetDecider, type BudgetCommand } from './fiscal-year.decider.js';
import type { BudgetEvent, BudgetState } from './fiscal-year.js';
import type { CoordinateSpecialExpenditure, DecideSpecialExpenditure, ProposeSpecialExpenditure } from './special-expenditure.js';
import type { RecordExpenditure } from './spending.js';
import type { AssignUnplannedTask, DecideUnplannedTaskFunding, ProposeUnplannedTaskFunding } from './unplanned-task.js';

export const d = (value: string): LocalDate => LocalDate.parse(value);
export const now = new Date('2025-07-01T03:00:00.000Z');
export const spec = DeciderSpecification.for(budgetDecider);
export const id = (n: number): string => `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const decision = (number: string, date: string): Decision => ({ number, date: d(date) });
export { BUDGET_POLICY };

// ---- the regulations in force (RULES.md: Thanh Hóa has two in sequence) ----
const thanhHoa = [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })];
const single = (packId: string, effectiveFrom?: LocalDate): RegulationSpan => {
  const adoption = adoptionOf(builtInPack(packId), effectiveFrom ? { effectiveFrom } : {});
  return spanOf([adoption], adoption);
};
export const th2014 = spanOf(thanhHoa, thanhHoa[0]);
export const th2018 = spanOf(thanhHoa, thanhHoa[1]);
export const kg2008 = single('kien-giang-2008');
export const bd2021 = single('binh-dinh-2021', d('2021-03-15'));
export const pt2022 = single('phu-tho-2022');

/** The articles the packs' budget rules cite, as refusals and events write them. */
export const ARTICLE = {
  kg2008: 'Điều 12, Quyết định 1507/QĐ-UBND ngày 23/06/2008',
  kg2008None: 'Quy chế (không quy định), Quyết định 1507/QĐ-UBND ngày 23/06/2008',
  th2014Funding: 'Điều 12 khoản 1, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
  th2018Funding: 'Điều 11 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
  th2018: 'Điều 11 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
  th2018None: 'Quy chế (không quy định), Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
  bd2021Categories: 'Điều 13 khoản 1, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)',
  bd2021Estimate: 'Điều 6 khoản 2, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)',
  pt2022Funding: 'Điều 11 khoản 2, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022',
  pt2022Unplanned: 'Điều 11 khoản 3, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022',
} as const;

/** How events name a regulation: its span and the article of the rule the fact rests on. */
export const regulationRef = (span: RegulationSpan, article: string) => ({
  packId: span.adoption.pack.id,
  decisionNumber: span.adoption.decisionNumber,
  effectiveFrom: span.from,
  article,
});

// ---- the story's people and lines: Thanh Hóa's Sở TTTT budget of 2019 unless a spec says otherwise ----
export const budgetId = id(500);
export const standingAgency = id(300);
export const chair = { memberId: id(101), role: 'chair' as const };
export const viceChair = { memberId: id(103), role: 'vice-chair' as const };
export const standingViceChair = { memberId: id(102), role: 'standing-vice-chair' as const };
export const ADMIN = 'hanh-chinh';
export const PROMO = 'tuyen-truyen';

type Data<C extends { data: unknown }> = C['data'];
const command = <C extends BudgetCommand>(type: C['type'], data: Data<C>): C => ({ type, data, metadata: { now } }) as C;

export const open = (o: Partial<Data<OpenBudget>> = {}): OpenBudget =>
  command('OpenBudget', { budgetId, fiscalYear: 2019, holderAgencyId: standingAgency, source: 'standing-agency-budget', openedOn: d('2019-01-02'), regulation: th2018, ...o });
export const draft = (o: Partial<Data<DraftEstimate>> = {}): DraftEstimate =>
  command('DraftEstimate', {
    budgetId,
    draftedOn: d('2019-01-05'),
    lines: [
      { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '120000000' },
      { lineId: PROMO, category: 'communication-and-pilots', title: 'Chi tuyên truyền, xúc tiến ứng dụng', amount: '60000000' },
    ],
    regulation: th2018,
    ...o,
  });
export const submit = (o: Partial<Data<SubmitEstimate>> = {}): SubmitEstimate => command('SubmitEstimate', { budgetId, submittedOn: d('2019-01-10'), regulation: th2018, ...o });
/** Thanh Hóa 2018 Điều 11.2: the estimate passes through the chair. */
export const review = (o: Partial<Data<ReviewEstimate>> = {}): ReviewEstimate => command('ReviewEstimate', { budgetId, reviewedOn: d('2019-01-12'), note: null, reviewedBy: chair, regulation: th2018, ...o });
export const appraise = (o: Partial<Data<AppraiseEstimate>> = {}): AppraiseEstimate =>
  command('AppraiseEstimate', {
    budgetId,
    appraisedOn: d('2019-01-20'),
    lines: [
      { lineId: ADMIN, amount: '100000000', comment: 'Giảm chi hội nghị' },
      { lineId: PROMO, amount: '50000000', comment: null },
    ],
    comments: 'Thống nhất dự toán',
    ...o,
  });
export const APPROPRIATION = decision('150/QĐ-UBND', '2019-02-01');
export const appropriate = (o: Partial<Data<Appropriate>> = {}): Appropriate =>
  command('Appropriate', {
    budgetId,
    decision: APPROPRIATION,
    lines: [
      { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '100000000' },
      { lineId: PROMO, category: 'communication-and-pilots', title: 'Chi tuyên truyền, xúc tiến ứng dụng', amount: '50000000' },
    ],
    ceiling: null,
    regulation: th2018,
    ...o,
  });
export const supplement = (o: Partial<Data<SupplementAppropriation>> = {}): SupplementAppropriation =>
  command('SupplementAppropriation', { budgetId, supplementId: id(601), decision: decision('820/QĐ-UBND', '2019-07-01'), lines: [{ lineId: ADMIN, amount: '20000000' }], ceiling: null, regulation: th2018, ...o });
export const reallocate = (o: Partial<Data<ReallocateAppropriation>> = {}): ReallocateAppropriation =>
  command('ReallocateAppropriation', { budgetId, reallocationId: id(602), decision: decision('901/QĐ-UBND', '2019-08-01'), fromLineId: PROMO, toLineId: ADMIN, amount: '10000000', ...o });
export const spend = (o: Partial<Data<RecordExpenditure>> = {}): RecordExpenditure =>
  command('RecordExpenditure', {
    budgetId,
    expenditureId: id(701),
    lineId: ADMIN,
    amount: '30000000',
    spentOn: d('2019-03-15'),
    voucher: 'PC-0315',
    payee: 'Công ty TNHH Hội nghị Sao Mai',
    description: 'Hội nghị sơ kết quý I',
    specialExpenditureId: null,
    regulation: th2018,
    ...o,
  });
export const SPECIAL = id(801);
export const propose = (o: Partial<Data<ProposeSpecialExpenditure>> = {}): ProposeSpecialExpenditure =>
  command('ProposeSpecialExpenditure', {
    budgetId,
    specialExpenditureId: SPECIAL,
    lineId: PROMO,
    title: 'Thuê chuyên gia đánh giá Chỉ số chuyển đổi số',
    amount: '40000000',
    reason: 'Nội dung chi chưa có tiêu chuẩn, định mức',
    proposedOn: d('2019-04-01'),
    regulation: th2018,
    ...o,
  });
export const coordinate = (o: Partial<Data<CoordinateSpecialExpenditure>> = {}): CoordinateSpecialExpenditure =>
  command('CoordinateSpecialExpenditure', { budgetId, specialExpenditureId: SPECIAL, coordinatedOn: d('2019-04-10'), agrees: true, agreedAmount: '35000000', opinion: 'Sở Tài chính thống nhất 35 triệu đồng', ...o });
export const decide = (o: Partial<Data<DecideSpecialExpenditure>> = {}): DecideSpecialExpenditure =>
  command('DecideSpecialExpenditure', {
    budgetId,
    specialExpenditureId: SPECIAL,
    decidedOn: d('2019-04-15'),
    approved: true,
    approvedAmount: null,
    note: null,
    decidedBy: chair,
    regulation: th2018,
    ...o,
  });
export const TASK = id(901);
export const assign = (o: Partial<Data<AssignUnplannedTask>> = {}): AssignUnplannedTask =>
  command('AssignUnplannedTask', {
    budgetId,
    taskId: TASK,
    description: 'Triển khai nền tảng họp trực tuyến đến cấp xã',
    assignment: decision('2101/QĐ-UBND', '2023-06-05'),
    assignedOn: d('2023-06-05'),
    regulation: pt2022,
    ...o,
  });
export const proposeFunding = (o: Partial<Data<ProposeUnplannedTaskFunding>> = {}): ProposeUnplannedTaskFunding =>
  command('ProposeUnplannedTaskFunding', { budgetId, taskId: TASK, amount: '250000000', proposedOn: d('2023-06-20'), regulation: pt2022, ...o });
export const decideFunding = (o: Partial<Data<DecideUnplannedTaskFunding>> = {}): DecideUnplannedTaskFunding =>
  command('DecideUnplannedTaskFunding', { budgetId, taskId: TASK, decision: decision('2390/QĐ-UBND', '2023-07-03'), funded: true, amount: '200000000', ...o });
export const submitSettlement = (o: Partial<Data<SubmitSettlement>> = {}): SubmitSettlement => command('SubmitSettlement', { budgetId, submittedOn: d('2020-01-20'), regulation: th2018, ...o });
export const approveSettlement = (o: Partial<Data<ApproveSettlement>> = {}): ApproveSettlement =>
  command('ApproveSettlement', { budgetId, approvedOn: d('2020-03-02'), decision: decision('410/QĐ-STC', '2020-03-02'), ...o });
export const correct = (o: Partial<Data<CorrectSettlement>> = {}): CorrectSettlement =>
  command('CorrectSettlement', { budgetId, correctionId: id(951), decision: decision('77/QĐ-STC', '2020-05-04'), lineId: ADMIN, amount: '-2000000', reason: 'Thu hồi khoản chi sai chế độ', ...o });

/** The events the decider gives for these commands, one after the other: the story so far, to use as `given`. */
export function story(...commands: BudgetCommand[]): BudgetEvent[] {
  return after([], ...commands);
}

/** The story `events` told so far, continued by these commands. */
export function after(events: readonly BudgetEvent[], ...commands: BudgetCommand[]): BudgetEvent[] {
  return commands.reduce<BudgetEvent[]>((so, c) => [...so, ...budgetDecider.decide(c, stateOf(so))], [...events]);
}

export const stateOf = (events: readonly BudgetEvent[]): BudgetState => events.reduce(budgetDecider.evolve, budgetDecider.initialState());

/** Thanh Hóa 2018's Sở TTTT budget of 2019, appropriated: 100 000 000 đồng on administration, 50 000 000 on communication. */
export const appropriated2019 = (): BudgetEvent[] => story(open(), draft(), submit(), review(), appropriate());

/** Every event fits its published contract (libs/contracts budget-events), through JSON. */
export function contractsOf(events: readonly BudgetEvent[]): unknown[] {
  return events.map((event) => BUDGET_EVENT_DATA[event.type].parse(JSON.parse(JSON.stringify(event.data))));
}
