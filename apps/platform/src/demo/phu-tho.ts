// Phú Thọ, 2022 to today: the digital-transformation committee under QĐ 1344/QĐ-BCĐCĐS (2022-05-18) — one standing
// member (Điều 5), members with the duties of Điều 6.1, a plenary every six months (Điều 9.1), absences approved
// by the chair or the person presiding and delegates who give a written opinion (Điều 9.2, 6.5), minutes signed
// by the standing member on the chair's assignment (Điều 5.4). The regulation fixes no report dates (Điều 4.3):
// the province set them (by the 20th of each half-year's last month) and named the agencies that report. Each
// agency funds its part from its own recurrent budget (Điều 11.2); UBND tỉnh assigns an unplanned task that the
// competent authority funds (Điều 11.3).
import { LocalDate } from '@bcd/calendar';
import { planBudgetYear, type BudgetLine } from './budget-story.js';
import { planProgramme } from './programme-story.js';
import { planMeeting } from './meeting-story.js';
import { Province } from './province.js';
import { planReports } from './report-story.js';

const d = (date: string) => date as LocalDate;

export function phuTho(pt: Province): void {
  const setUp = { number: '1251/QĐ-UBND', date: d('2022-05-18') };
  pt.at(d('2022-05-18'), '09:00', 'Quy chế 1344/QĐ-BCĐCĐS', async () => {
    await pt.as('tenant_admin').post('/regulations', { builtInPackId: 'phu-tho-2022' });
    await pt.registerAgencies(['UBND', 'STTTT', 'CA', 'VPUBND', 'STC', 'SKHDT', 'SNV']);
    await pt.establish('Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ', setUp, setUp.date);
    await pt.appoint('chair', 'chair', 'UBND', setUp);
    await pt.appoint('vice', 'vice-chair', 'UBND', setUp);
    await pt.appoint('standing', 'standing-member', 'STTTT', setUp);
    for (const code of ['CA', 'VPUBND', 'STC', 'SKHDT', 'SNV']) await pt.appoint(code, 'member', code, setUp);
    await pt.link('chair', 'chair');
    await pt.link('member', 'CA');
  });
  // Điều 4.3: the template and deadlines are the committee's; its plan 45/KH-BCĐCĐS set them, and named who reports.
  pt.at(d('2022-07-01'), '15:00', 'thời hạn và cơ quan báo cáo', async () => {
    const [adoption] = await pt.secretariat.get<Array<{ adoptionId: string }>>('/regulations');
    await pt.as('tenant_admin').post(`/regulations/${adoption.adoptionId}/configuration`, {
      settings: {
        'reporting.memberReports.due': {
          kind: 'fixed',
          deadlines: [{ cadence: 'semiannual', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối kỳ' } }],
          citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
        },
      },
    });
    await pt.secretariat.put('/reporting/setup/reporting-agencies', {
      agencyIds: ['CA', 'VPUBND', 'STC', 'SKHDT'].map((code) => pt.agencies[code]),
      effectiveFrom: '2022-07-01',
      decision: { number: '45/KH-BCĐCĐS', date: '2022-07-01' },
    });
    await planReports(pt, d('2022-07-01'));
  });

  const random = pt.random.fork('meetings');
  for (let year = 2022; year <= LocalDate.year(pt.story.end); year++) {
    for (const half of year === 2022 ? [2] : [1, 2]) {
      const period = `${year}-H${half}`;
      planMeeting(pt, {
        kind: 'plenary',
        period,
        date: Province.workday(LocalDate.of(year, half * 6, random.int(5, 25))),
        title: `Hội nghị Ban Chỉ đạo Chuyển đổi số ${half === 1 ? '6 tháng đầu năm' : 'năm'} ${year}`,
        place: 'Trung tâm Hội nghị tỉnh Phú Thọ',
        presiding: 'chair',
        richness: random.chance(0.45) ? 'full' : 'plain',
        documents: { daysBefore: random.int(2, 7) },
        absenceProcedure: true,
        delegates: random.chance(0.7) ? 'with-opinion' : 'without-opinion',
        delegateAfterConsent: true,
        signer: { memberKey: 'standing', assignment: true },
      });
    }
  }

  // A new vice chairman of UBND tỉnh takes the vice chair's seat.
  pt.at(d('2024-08-12'), '10:00', 'thay Phó Trưởng ban', async () => {
    const decision = pt.decision('QĐ-UBND', d('2024-08-12'));
    await pt.dismiss('vice', decision);
    await pt.appoint('vice', 'vice-chair', 'UBND', decision);
  });

  const lines = (year: number): BudgetLine[] => [
    { lineId: 'nen-tang-so', category: 'nen-tang-so', title: 'Duy trì nền tảng số dùng chung của tỉnh', millions: 260 + (year % 2) * 40 },
    { lineId: 'ky-nang-so', category: 'dao-tao', title: 'Phổ cập kỹ năng số cho cán bộ, người dân', millions: 90 },
  ];
  for (let year = LocalDate.year(pt.story.end) - 1; year <= LocalDate.year(pt.story.end) + 1; year++) planProgramme(pt, year);
  planBudgetYear(pt, {
    year: 2023,
    holder: 'STTTT',
    source: 'each-agency-recurrent-budget',
    flow: 'direct',
    lines: lines(2023),
    spentPercent: [70, 96],
    unplannedTask: { description: 'Triển khai Đề án 06 tại các xã theo chỉ đạo đột xuất của UBND tỉnh', millions: 150 },
  });
  const thisYear = LocalDate.year(pt.story.end);
  for (const year of new Set([Math.max(2024, thisYear - 1), thisYear])) {
    planBudgetYear(pt, { year, holder: 'STTTT', source: 'each-agency-recurrent-budget', flow: 'direct', lines: lines(year), spentPercent: [70, 96] });
  }
}
