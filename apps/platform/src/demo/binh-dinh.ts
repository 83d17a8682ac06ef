// Bình Định, 2021 to today: the e-government committee under its 2021 regulation (the decision's number is left
// blank in the text: recorded without one) — a standing vice chair and a vice chair (Điều 4), the members of
// Công an, Văn phòng UBND and Sở Công Thương with their duties (Điều 5.1), a plenary every six months (Điều
// 10.1a) with documents sent electronically 48 hours ahead (Điều 10.1c), absences and delegates consented to by
// the person presiding (Điều 5.4), members reporting before 30 June and 30 December (Điều 10.2a), budgets in the
// categories of Điều 13.1. Who signs the minutes is not named (Điều 4.2d, 7.6): the province chose the vice
// chair who heads Sở TTTT.
import { LocalDate } from '@bcd/calendar';
import { planBudgetYear, type BudgetLine } from './budget-story.js';
import { planProgramme } from './programme-story.js';
import { planMeeting } from './meeting-story.js';
import { Province } from './province.js';
import { planReports } from './report-story.js';

const d = (date: string) => date as LocalDate;

export function binhDinh(bd: Province): void {
  const setUp = { number: '611/QĐ-UBND', date: d('2021-03-10') };
  bd.at(d('2021-03-10'), '09:00', 'Quy chế 2021', async () => {
    await bd.as('tenant_admin').post('/regulations', { builtInPackId: 'binh-dinh-2021', signedOn: '2021-03-10', effectiveFrom: '2021-03-10' });
    await bd.registerAgencies(['UBND', 'STTTT', 'CA', 'VPUBND', 'SCT', 'STC']);
    await bd.establish('Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định', setUp, setUp.date);
    await bd.appoint('chair', 'chair', 'UBND', setUp);
    await bd.appoint('standing-vice', 'standing-vice-chair', 'UBND', setUp);
    await bd.appoint('vice', 'vice-chair', 'STTTT', setUp);
    for (const code of ['CA', 'VPUBND', 'SCT']) await bd.appoint(code, 'member', code, setUp);
    await bd.link('chair', 'chair');
    await bd.link('member', 'SCT');
    await planReports(bd, d('2021-03-10'));
  });
  bd.at(d('2021-03-15'), '15:00', 'người ký thông báo, biên bản', async () => {
    const [adoption] = await bd.secretariat.get<Array<{ adoptionId: string }>>('/regulations');
    await bd.as('tenant_admin').post(`/regulations/${adoption.adoptionId}/configuration`, {
      settings: {
        'documents.noticeSigner': { kind: 'role', role: 'vice-chair', onlyWhenAssigned: false, citation: { article: 'Điều 1', decision: '12/QĐ-BCĐ', signedOn: '2021-03-15' } },
      },
    });
  });
  bd.at(d('2021-03-22'), '14:00', 'Tổ thư ký giúp việc', async () => {
    const base = `/membership/committees/${bd.committeeId}/working-group`;
    await bd.secretariat.post(base, { decision: bd.decision('QĐ-BCĐ', d('2021-03-22')), formedOn: '2021-03-22' });
    const leader = await bd.person('wg-leader');
    await bd.secretariat.post(`${base}/members`, { personId: leader, agencyId: bd.agencies.STTTT, joinedOn: '2021-03-22' });
    await bd.secretariat.post(`${base}/leader`, { personId: leader, decision: bd.decision('QĐ-BCĐ', d('2021-03-22')) });
  });

  const random = bd.random.fork('meetings');
  for (let year = 2021; year <= LocalDate.year(bd.story.end); year++) {
    for (const half of [1, 2]) {
      const period = `${year}-H${half}`;
      if (period === '2023-H1') continue; // missed
      planMeeting(bd, {
        kind: 'plenary',
        period,
        date: Province.workday(LocalDate.of(year, half * 6, random.int(8, 22))),
        title: `Hội nghị Ban Chỉ đạo ${half === 1 ? '6 tháng đầu năm' : 'năm'} ${year}`,
        place: 'Hội trường UBND tỉnh Bình Định',
        presiding: 'chair',
        richness: random.chance(0.45) ? 'full' : 'plain',
        // Điều 10.1c: 48 hours, electronically; now and then the file goes out the day before.
        documents: random.chance(0.3) ? { hoursBefore: random.int(15, 40) } : { daysBefore: random.int(3, 6) },
        absenceProcedure: true,
        delegates: 'without-opinion',
        delegateAfterConsent: true,
        signer: { memberKey: 'vice', assignment: false },
      });
    }
  }

  // Sở Công Thương's member moves to another post; the agency's new director takes the seat.
  bd.at(d('2023-05-10'), '10:00', 'thay thành viên Sở Công Thương', async () => {
    const decision = bd.decision('QĐ-UBND', d('2023-05-10'));
    await bd.unlink('SCT');
    await bd.dismiss('SCT', decision);
    await bd.appoint('SCT', 'member', 'SCT', decision);
    await bd.link('member', 'SCT');
    await bd.openObligations();
  });

  const lines = (year: number): BudgetLine[] => [
    { lineId: 'hanh-chinh', category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo, chi thiết yếu phục vụ các thành viên', millions: 90 + (year % 3) * 10 },
    { lineId: 'tuyen-truyen', category: 'communication-and-pilots', title: 'Tuyên truyền, xúc tiến ứng dụng và chỉ đạo điểm CNTT', millions: 180 },
    { lineId: 'hoi-nghi', category: 'inspection-and-events', title: 'Kiểm tra, khảo sát, hội nghị, hội thảo, khen thưởng', millions: 120 },
  ];
  for (let year = LocalDate.year(bd.story.end) - 1; year <= LocalDate.year(bd.story.end) + 1; year++) planProgramme(bd, year);
  for (const year of new Set([2022, 2024, LocalDate.year(bd.story.end)])) {
    planBudgetYear(bd, { year, holder: 'STTTT', source: 'standing-agency-budget', flow: 'estimate', lines: lines(year), spentPercent: [60, 97] });
  }
}
