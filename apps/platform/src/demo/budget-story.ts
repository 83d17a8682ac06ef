// A fiscal year of the committee's budget (RULES.md §4) along the flow the regulation in force sets: opened,
// estimated and appraised where there is an estimate flow (Kiên Giang 2008 within Sở TTTT's ceiling; Thanh Hóa
// 2018 through the chair), appropriated by decision, spent line by line (never beyond the line), a special
// expenditure through Sở Tài chính and the chair (Thanh Hóa 2018 Điều 11.2), an unplanned task funded by the
// competent authority (Phú Thọ 2022 Điều 11.3), and settled early the next year. Amounts are whole đồng.
import { LocalDate } from '@bcd/calendar';
import { addedId, Province } from './province.js';

export interface BudgetLine {
  lineId: string;
  category: string;
  title: string;
  /** Millions of đồng. */
  millions: number;
}

export interface BudgetPlan {
  year: number;
  /** Agency code of the holder. */
  holder: string;
  source: 'standing-agency-budget' | 'each-agency-recurrent-budget';
  /** Which steps come before the appropriation. */
  flow: 'appraised-within-ceiling' | 'through-chair' | 'estimate' | 'direct';
  lines: BudgetLine[];
  special?: { lineId: string; title: string; millions: number; approved: boolean };
  unplannedTask?: { description: string; millions: number };
  /** Share of each line spent over the year, in per cent. */
  spentPercent: [min: number, max: number];
}

const PAYEES = [
  'Công ty TNHH Tin học Hồng Đức',
  'Công ty CP Công nghệ Sao Bắc',
  'Viễn thông tỉnh (VNPT)',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Công ty TNHH Văn phòng phẩm Thành Công',
  'Khách sạn Trung tâm hội nghị tỉnh',
];

const amount = (millions: number) => `${Math.round(millions * 1_000_000)}`;
const date = (year: number, month: number, day: number) => Province.workday(LocalDate.of(year, month, day));

export function planBudgetYear(province: Province, plan: BudgetPlan): void {
  const random = province.random.fork(`budget ${plan.year} ${plan.holder}`);
  const { year } = plan;
  const secretariat = province.secretariat;
  const finance = province.as('finance_department');
  const ref = { budgetId: '' };
  const path = (suffix = '') => `/budget/years/${ref.budgetId}${suffix}`;
  const lines = plan.lines.map(({ lineId, category, title, millions }) => ({ lineId, category, title, amount: amount(millions) }));
  const estimateFlow = plan.flow !== 'direct';
  const openedOn = estimateFlow ? date(year - 1, 10, 20) : date(year, 1, 5);

  province.at(openedOn, '09:00', `mở dự toán ${year}`, async () => {
    const body = { fiscalYear: year, holderAgencyId: province.agencies[plan.holder], source: plan.source, openedOn };
    ref.budgetId = (await secretariat.post<{ budgetId: string }>('/budget/years', body)).budgetId;
    if (!estimateFlow) return;
    await secretariat.put(path('/estimate'), { draftedOn: openedOn, lines });
  });
  if (estimateFlow) {
    const submittedOn = date(year - 1, 11, 2);
    province.at(submittedOn, '10:00', `trình dự toán ${year}`, () => secretariat.post(path('/estimate/submission'), { submittedOn }));
    if (plan.flow !== 'estimate') {
      const appraisedOn = date(year - 1, 11, 20);
      province.at(appraisedOn, '15:00', `thẩm định dự toán ${year}`, () =>
        finance.post(path('/estimate/appraisal'), { appraisedOn, lines: lines.map((l) => ({ lineId: l.lineId, amount: l.amount })), comments: 'Thống nhất trình UBND tỉnh' }),
      );
    }
    if (plan.flow === 'through-chair') {
      const reviewedOn = date(year - 1, 11, 26);
      province.at(reviewedOn, '10:00', `Trưởng ban thông qua dự toán ${year}`, () => province.as('chair').post(path('/estimate/review'), { reviewedOn, note: 'Đồng ý trình UBND tỉnh' }));
    }
  }

  const decidedOn = estimateFlow ? date(year - 1, 12, 12) : date(year, 1, 10);
  const total = plan.lines.reduce((sum, l) => sum + l.millions, 0);
  province.at(decidedOn, '16:00', `giao dự toán ${year}`, () =>
    secretariat.post(path('/appropriation'), {
      decision: province.decision('QĐ-UBND', decidedOn),
      lines,
      ...(plan.flow === 'appraised-within-ceiling' ? { ceiling: amount(total * 1.6) } : {}),
    }),
  );

  // Spending: one to three payments per line over the year, within the line and what a special expenditure needs of it.
  for (const line of plan.lines) {
    const share = random.int(plan.spentPercent[0], plan.spentPercent[1]) / 100;
    const reserved = plan.special?.approved && plan.special.lineId === line.lineId ? plan.special.millions : 0;
    const payments = random.int(1, 3);
    for (let i = 0; i < payments; i++) {
      const spentOn = date(year, random.int(2 + i * 3, 4 + i * 3), random.int(3, 26));
      const millions = Math.floor(((line.millions - reserved) * share) / payments);
      if (millions <= 0) continue;
      province.at(spentOn, '14:00', `chi ${line.lineId}`, () =>
        secretariat.post(path('/expenditures'), {
          lineId: line.lineId,
          amount: amount(millions),
          spentOn,
          voucher: `PC-${year}-${random.int(100, 999)}`,
          payee: random.pick(PAYEES),
          description: `${line.title} (đợt ${i + 1})`,
        }),
      );
    }
  }

  if (plan.special) planSpecialExpenditure(province, year, plan.special, path);
  if (plan.unplannedTask) planUnplannedTask(province, year, plan.unplannedTask, path);

  const submittedOn = date(year + 1, 1, 20);
  province.at(submittedOn, '10:00', `quyết toán ${year}`, () => secretariat.post(path('/settlement'), { submittedOn }));
  const approvedOn = date(year + 1, 2, 12);
  province.at(approvedOn, '15:00', `phê duyệt quyết toán ${year}`, () =>
    finance.post(path('/settlement/approval'), { approvedOn, decision: province.decision('QĐ-STC', approvedOn) }),
  );
}

/** Thanh Hóa 2018 Điều 11.2: no norm exists, so Sở Tài chính gives its opinion and the chair decides. */
function planSpecialExpenditure(province: Province, year: number, special: NonNullable<BudgetPlan['special']>, path: (suffix?: string) => string): void {
  const ref = { id: '' };
  const proposedOn = date(year, 7, 6);
  province.at(proposedOn, '09:00', 'đề xuất khoản chi đặc thù', async () => {
    const body = { lineId: special.lineId, title: special.title, amount: amount(special.millions), reason: 'Chưa có định mức chi cho nội dung này', proposedOn };
    const budget = await province.secretariat.post<{ specialExpenditures: Array<{ specialExpenditureId: string }> }>(path('/special-expenditures'), body);
    ref.id = addedId(budget.specialExpenditures.map((item) => item.specialExpenditureId), []);
  });
  const agreed = Math.round(special.millions * 0.85);
  const coordinatedOn = date(year, 7, 14);
  province.at(coordinatedOn, '15:00', 'Sở Tài chính cho ý kiến', () =>
    province.as('finance_department').post(path(`/special-expenditures/${ref.id}/coordination`), {
      coordinatedOn,
      agrees: true,
      agreedAmount: amount(agreed),
      opinion: `Thống nhất mức chi ${agreed} triệu đồng`,
    }),
  );
  const decidedOn = date(year, 7, 20);
  province.at(decidedOn, '10:00', 'Trưởng ban quyết định khoản chi đặc thù', () =>
    province.as('chair').post(path(`/special-expenditures/${ref.id}/decision`), {
      decidedOn,
      approved: special.approved,
      note: special.approved ? 'Đồng ý theo ý kiến Sở Tài chính' : 'Không đồng ý, đề nghị cân đối trong dự toán năm sau',
    }),
  );
  if (!special.approved) return;
  const spentOn = date(year, 8, 18);
  province.at(spentOn, '14:00', 'chi khoản đặc thù', () =>
    province.secretariat.post(path('/expenditures'), {
      lineId: special.lineId,
      amount: amount(agreed),
      spentOn,
      voucher: `PC-${year}-DT`,
      payee: PAYEES[0],
      description: special.title,
      specialExpenditureId: ref.id,
    }),
  );
}

/** Phú Thọ 2022 Điều 11.3: a task UBND tỉnh assigned, funded by the competent authority's decision, then spent. */
function planUnplannedTask(province: Province, year: number, task: NonNullable<BudgetPlan['unplannedTask']>, path: (suffix?: string) => string): void {
  const ref = { id: '' };
  const assignedOn = date(year, 5, 8);
  province.at(assignedOn, '09:00', 'nhiệm vụ đột xuất', async () => {
    const body = { description: task.description, assignment: province.decision('QĐ-UBND', assignedOn), assignedOn };
    const budget = await province.secretariat.post<{ unplannedTasks: Array<{ taskId: string }> }>(path('/unplanned-tasks'), body);
    ref.id = addedId(budget.unplannedTasks.map((item) => item.taskId), []);
  });
  const proposedOn = date(year, 5, 15);
  province.at(proposedOn, '10:00', 'đề xuất kinh phí nhiệm vụ đột xuất', () => province.secretariat.post(path(`/unplanned-tasks/${ref.id}/proposal`), { amount: amount(task.millions), proposedOn }));
  const fundedOn = date(year, 6, 3);
  province.at(fundedOn, '16:00', 'cấp kinh phí nhiệm vụ đột xuất', () =>
    province.secretariat.post(path(`/unplanned-tasks/${ref.id}/funding`), { decision: province.decision('QĐ-UBND', fundedOn), funded: true, amount: amount(task.millions) }),
  );
  const spentOn = date(year, 7, 22);
  province.at(spentOn, '14:00', 'chi nhiệm vụ đột xuất', () =>
    province.secretariat.post(path('/expenditures'), {
      lineId: ref.id,
      amount: amount(Math.round(task.millions * 0.9)),
      spentOn,
      voucher: `PC-${year}-NV`,
      payee: PAYEES[1],
      description: task.description,
    }),
  );
}
