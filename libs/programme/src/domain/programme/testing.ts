// Fixtures for the programme specs (not a spec itself): the regulations of the seeds as the tenants adopted them, the
// articles the events and refusals cite, a command builder per command with the story's defaults (Thanh Hóa's 2019
// programme under the 2018 regulation), and `story`, which folds commands into the events the decider gave for them.
import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import { adoptionOf, builtInPack, spanOf, type Decision, type RegulationSpan } from '@bcd/regulation';
import { PROGRAMME_EVENT_DATA } from '@bcd/contracts';
import { PROGRAMME_POLICY } from '../rules.js';
import type { AmendInspection, AmendTask, OpenProgrammeCommand, PlanInspection, PlanTask } from './drafting.js';
import type { CompleteInspection, CompleteTask, ExtendTask } from './execution.js';
import type { IssueProgramme } from './issue.js';
import { programmeDecider, type ProgrammeCommand } from './programme.decider.js';
import type { ProgrammeEvent, ProgrammeState } from './programme.js';

export const d = (value: string): LocalDate => LocalDate.parse(value);
export const now = new Date('2025-07-01T03:00:00.000Z');
export const spec = DeciderSpecification.for(programmeDecider);
export const id = (n: number): string => `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const decision = (number: string, date: string): Decision => ({ number, date: d(date) });
export { PROGRAMME_POLICY };

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

/** The articles by which the chair issues the programme, as events and refusals write them. */
export const ARTICLE = {
  kg2008: 'Điều 5 khoản 2, Quyết định 1507/QĐ-UBND ngày 23/06/2008',
  th2014: 'Điều 5 khoản 1 điểm d, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
  th2018: 'Điều 3 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
  bd2021: 'Điều 3 khoản 1, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)',
  pt2022: 'Điều 3 khoản 1, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022',
} as const;

/** How events name a regulation: its span and the article the fact rests on. */
export const regulationRef = (span: RegulationSpan, article: string) => ({ packId: span.adoption.pack.id, decisionNumber: span.adoption.decisionNumber, effectiveFrom: span.from, article });

// ---- the story's committee and people: Thanh Hóa's 2019 programme unless a spec says otherwise ----
export const programmeId = id(500);
export const committeeId = id(200);
export const STTTT = id(300);
export const SNV = id(301);
export const chair = { memberId: id(101), role: 'chair' as const, committeeId };
export const viceChair = { memberId: id(103), role: 'vice-chair' as const, committeeId };
export const standingMember = { memberId: id(102), role: 'standing-member' as const, committeeId };
export const TASK_A = id(601);
export const TASK_B = id(602);
export const INSPECTION = id(701);
export const ISSUE = decision('45/QĐ-BCĐ', '2019-01-15');

type Data<C extends { data: unknown }> = C['data'];
const command = <C extends ProgrammeCommand>(type: C['type'], data: Data<C>): C => ({ type, data, metadata: { now } }) as C;

export const open = (o: Partial<Data<OpenProgrammeCommand>> = {}): OpenProgrammeCommand =>
  command('OpenProgramme', { programmeId, committeeId, year: 2019, title: 'Chương trình công tác năm 2019', openedOn: d('2018-12-03'), issueBy: d('2019-01-31'), regulation: th2018, ...o });
export const planTask = (o: Partial<Data<PlanTask>> = {}): PlanTask =>
  command('PlanTask', { programmeId, taskId: TASK_A, description: 'Xây dựng Kiến trúc Chính quyền điện tử phiên bản 2.0', ownerAgencyId: STTTT, dueOn: d('2019-06-30'), plannedOn: d('2018-12-10'), ...o });
export const amendTask = (o: Partial<Data<AmendTask>> = {}): AmendTask =>
  command('AmendTask', { programmeId, taskId: TASK_A, description: 'Xây dựng Kiến trúc Chính quyền điện tử phiên bản 2.0', ownerAgencyId: STTTT, dueOn: d('2019-07-31'), amendedOn: d('2018-12-20'), ...o });
export const planInspection = (o: Partial<Data<PlanInspection>> = {}): PlanInspection =>
  command('PlanInspection', { programmeId, inspectionId: INSPECTION, agencyId: SNV, month: '2019-05', subject: 'Kiểm tra ứng dụng CNTT tại Sở Nội vụ', plannedOn: d('2018-12-10'), ...o });
export const amendInspection = (o: Partial<Data<AmendInspection>> = {}): AmendInspection =>
  command('AmendInspection', { programmeId, inspectionId: INSPECTION, agencyId: SNV, month: '2019-09', subject: 'Kiểm tra ứng dụng CNTT tại Sở Nội vụ', amendedOn: d('2018-12-20'), ...o });
export const issue = (o: Partial<Data<IssueProgramme>> = {}): IssueProgramme => command('IssueProgramme', { programmeId, decision: ISSUE, issuedBy: chair, regulation: th2018, ...o });
export const done = (o: Partial<Data<CompleteTask>> = {}): CompleteTask => command('CompleteTask', { programmeId, taskId: TASK_A, doneOn: d('2019-06-20'), note: null, ...o });
export const extend = (o: Partial<Data<ExtendTask>> = {}): ExtendTask =>
  command('ExtendTask', { programmeId, taskId: TASK_A, dueOn: d('2019-09-30'), reason: 'Chờ hướng dẫn của Bộ Thông tin và Truyền thông', approvedOn: d('2019-06-25'), approvedBy: chair, regulation: th2018, ...o });
export const inspected = (o: Partial<Data<CompleteInspection>> = {}): CompleteInspection =>
  command('CompleteInspection', { programmeId, inspectionId: INSPECTION, doneOn: d('2019-05-22'), findings: 'Cổng dịch vụ công hoạt động ổn định', ...o });

/** The events the decider gives for these commands, one after the other: the story so far, to use as `given`. */
export function story(...commands: ProgrammeCommand[]): ProgrammeEvent[] {
  return after([], ...commands);
}

/** The story `events` told so far, continued by these commands. */
export function after(events: readonly ProgrammeEvent[], ...commands: ProgrammeCommand[]): ProgrammeEvent[] {
  return commands.reduce<ProgrammeEvent[]>((so, c) => [...so, ...programmeDecider.decide(c, stateOf(so))], [...events]);
}

export const stateOf = (events: readonly ProgrammeEvent[]): ProgrammeState => events.reduce(programmeDecider.evolve, programmeDecider.initialState());

/** The 2019 draft: two tasks (Sở TTTT's due 30/6, Sở Nội vụ's due 31/10) and an inspection of Sở Nội vụ in May. */
export const draft2019 = (): ProgrammeEvent[] =>
  story(open(), planTask(), planTask({ taskId: TASK_B, description: 'Triển khai hệ thống quản lý văn bản liên thông 4 cấp', ownerAgencyId: SNV, dueOn: d('2019-10-31') }), planInspection());

/** The 2019 programme issued by the chair on 15/1/2019 (Quyết định 45/QĐ-BCĐ). */
export const issued2019 = (): ProgrammeEvent[] => after(draft2019(), issue());

/** Every event fits its published contract (libs/contracts programme-events), through JSON. */
export function contractsOf(events: readonly ProgrammeEvent[]): unknown[] {
  return events.map((event) => PROGRAMME_EVENT_DATA[event.type].parse(JSON.parse(JSON.stringify(event.data))));
}
