// The periodic reports a province's members or agencies owe (RULES.md §3), as the platform itself plans them: the
// due dates come from the regulation's schedule (GET …/regulations/schedule), each obligation is opened 60 days
// ahead by the reporting opener (run by the seeder at that moment, so the opener's own timer never finds
// anything left to open), then most reports arrive on time, some late, a few are returned and sent again,
// some never come. Acceptance follows a few days later for some.
import { LocalDate } from '@bcd/calendar';
import type { Province } from './province.js';
import type { Random } from './random.js';

const OPEN_AHEAD_DAYS = 60;

interface Obligation {
  obligationId: string;
  status: string;
  period: string;
  reporter: { agencyId?: string };
  due: { literalDueDate: string; dueDate: string };
}

const SUMMARIES = [
  'Kết quả ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử trong kỳ',
  'Tình hình thực hiện nhiệm vụ được giao và đề xuất, kiến nghị',
  'Số liệu dịch vụ công trực tuyến, văn bản điện tử và an toàn thông tin',
];

/**
 * Reads the report due dates from `from` to the end of the history (plus the opener's 60 days) and plans each
 * once: the opening 60 days before it and the submissions. Run inside an act, after what changes the plan
 * (an adoption, a configuration, a designation), which also runs the opener at once.
 */
export async function planReports(province: Province, from: LocalDate): Promise<void> {
  await province.openObligations();
  const ahead = LocalDate.addDays(province.story.end, OPEN_AHEAD_DAYS);
  const to = province.reportsUntil ? LocalDate.min(province.reportsUntil, ahead) : ahead;
  const schedule = await province.secretariat.get<{ reportObligations: Array<{ report: string; literalDueDate: LocalDate }> }>(
    `/regulations/schedule?from=${from}&to=${to}`,
  );
  const known = province.reportDueDates;
  const dates = [...new Set(schedule.reportObligations.filter((o) => o.report === 'member-report').map((o) => o.literalDueDate))].sort();
  for (const due of dates) {
    if (known.has(due)) continue;
    known.add(due);
    // The opener opens what falls due within 60 days of today: on that day, at midnight, before anything else.
    const opensOn = LocalDate.addDays(due, -OPEN_AHEAD_DAYS);
    // Already within 60 days: the run above opened it.
    if (opensOn > province.today()) province.at(opensOn, '00:00', 'mở nghĩa vụ báo cáo', () => province.openObligations());
    planSubmissions(province, due);
  }
}

function planSubmissions(province: Province, due: LocalDate): void {
  const random = province.random.fork(`reports ${due}`);
  province.at(LocalDate.addDays(due, -20), '08:30', `báo cáo kỳ hạn ${due}`, async () => {
    const list = await province.secretariat.get<{ obligations: Obligation[] }>(`/reporting/obligations?from=${due}&to=${LocalDate.addDays(due, 7)}`);
    const owed = list.obligations.filter((o) => o.due.literalDueDate === due && o.status !== 'withdrawn');
    for (const obligation of owed) planOne(province, random.fork(agencyCode(province, obligation.reporter.agencyId ?? 'committee')), obligation);
  });
}

function agencyCode(province: Province, agencyId: string): string {
  return Object.keys(province.agencies).find((code) => province.agencies[code] === agencyId) ?? agencyId;
}

function planOne(province: Province, random: Random, obligation: Obligation): void {
  const outcome = random.weighted([['on-time', 66], ['late', 15], ['missing', 8], ['returned', 11]] as const);
  if (outcome === 'missing') return;
  const path = `/reporting/obligations/${obligation.obligationId}`;
  const effectiveDue = obligation.due.dueDate as LocalDate;
  const sentOn = outcome === 'late' ? LocalDate.addDays(effectiveDue, random.int(1, 28)) : LocalDate.addDays(effectiveDue, -random.int(0, 12));
  const time = `${String(random.int(8, 16)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
  const channel = random.pick(['official-email', 'online', 'paper'] as const);
  const summary = `${random.pick(SUMMARIES)} (${obligation.period})`;
  const submit = (on: LocalDate, at: string) => province.secretariat.post(`${path}/submissions`, { submittedAt: `${on}T${at}:00+07:00`, channel, summary, values: {} });
  province.at(sentOn, time, `nộp báo cáo ${obligation.period}`, () => submit(sentOn, time));
  let lastOn = sentOn;
  if (outcome === 'returned') {
    const returnedOn = LocalDate.addDays(sentOn, random.int(2, 6));
    province.at(returnedOn, '10:00', 'trả lại báo cáo', () => province.secretariat.post(`${path}/return`, { reason: 'Thiếu số liệu, đề nghị bổ sung và gửi lại' }));
    lastOn = LocalDate.addDays(returnedOn, random.int(3, 10));
    const resentOn = lastOn;
    province.at(resentOn, '09:00', 'gửi lại báo cáo', () => submit(resentOn, '09:00'));
  }
  if (random.chance(0.3)) {
    province.at(LocalDate.addDays(lastOn, random.int(2, 9)), '15:00', 'tiếp nhận báo cáo', () => province.secretariat.post(`${path}/acceptance`));
  }
}
