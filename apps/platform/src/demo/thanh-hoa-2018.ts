// Thanh Hóa from 2018-10-19: QĐ 4095/QĐ-BCĐ, adopted as superseding 3461/QĐ-BCĐ; the 2014 committee dissolved and
// the e-government committee of QĐ 4094/QĐ-UBND set up the same day (members of the old one sit on it again).
// Quarterly plenaries (Điều 8.1), the working group monthly (Điều 8.3, held about one month in four: the
// compliance figures show it), absences consented to by the person presiding and delegates who should give a
// written opinion (Điều 6.5), minutes signed by the standing member who is also secretary (Điều 5.4), the
// six-month consolidated report round the members (Điều 10.3), budgets through the chair with special
// expenditures (Điều 11.2), and in 2025 Sở TTTT merged into Sở Khoa học và Công nghệ (RULES.md §8).
import { createHash } from 'node:crypto';
import { LocalDate } from '@bcd/calendar';
import { planBudgetYear, type BudgetLine } from './budget-story.js';
import { planProgramme } from './programme-story.js';
import { planMeeting, type Richness } from './meeting-story.js';
import { Province } from './province.js';
import { planReports } from './report-story.js';

const d = (date: string) => date as LocalDate;
const PLACE = 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa';
const SET_UP = { number: '4094/QĐ-UBND', date: d('2018-10-19') };

export function planThanhHoa2018(th: Province): void {
  const { end } = th.story;
  th.at(d('2018-10-19'), '09:00', 'Quy chế 4095/QĐ-BCĐ', async () => {
    await th.as('tenant_admin').post('/regulations', {
      builtInPackId: 'thanh-hoa-2018',
      decisionNumber: '4095/QĐ-BCĐ',
      signedOn: '2018-10-19',
      effectiveFrom: '2018-10-19',
      supersedes: '3461/QĐ-BCĐ',
    });
    await planReports(th, d('2018-10-19'));
  });
  th.at(d('2018-10-19'), '10:00', 'Ban Chỉ đạo xây dựng Chính quyền điện tử', async () => {
    await th.secretariat.post(`/membership/committees/${th.committeeId}/dissolution`, { decision: SET_UP });
    await th.establish('Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', SET_UP, SET_UP.date);
    const formerChair = 'chair';
    th.people['chair-2014'] = th.people[formerChair];
    await th.appoint('chair', 'chair', 'UBND', SET_UP);
    await th.appoint('vice', 'vice-chair', 'UBND', SET_UP, SET_UP.date, true);
    // Điều 5: one standing member, the director of Sở TTTT, who is also the committee's secretary.
    th.people.standing = th.people.STTTT;
    await th.appoint('standing', 'standing-member', 'STTTT', SET_UP, SET_UP.date, true);
    for (const code of ['VPUBND', 'SNV', 'STC', 'SYT', 'CA', 'SCT', 'SKHDT']) await th.appoint(code, 'member', code, SET_UP, SET_UP.date, true);
    await th.unlink('chair-2014');
    await th.link('chair', 'chair');
  });
  th.at(d('2018-10-26'), '14:00', 'Tổ giúp việc', async () => {
    const base = `/membership/committees/${th.committeeId}/working-group`;
    await th.secretariat.post(base, { decision: th.decision('QĐ-BCĐ', d('2018-10-26')), formedOn: '2018-10-26' });
    await th.secretariat.post(`${base}/members`, { personId: th.people['wg-leader'], agencyId: th.agencies.STTTT, joinedOn: '2018-10-26' });
    await th.secretariat.post(`${base}/leader`, { personId: th.people['wg-leader'], decision: th.decision('QĐ-BCĐ', d('2018-10-26')) });
    for (const code of ['SNV', 'VPUBND']) {
      await th.secretariat.post(`${base}/members`, { personId: await th.person(`wg-${code}`), agencyId: th.agencies[code], joinedOn: '2018-10-26' });
    }
  });

  const random = th.random.fork('2018 meetings');
  for (let year = 2018; year <= LocalDate.year(end); year++) {
    for (let quarter = year === 2018 ? 4 : 1; quarter <= 4; quarter++) {
      const period = `${year}-Q${quarter}`;
      // A quarter now and then passes without its plenary.
      if (period !== '2018-Q4' && period !== '2019-Q3' && random.chance(0.1)) continue;
      // Told in full in the first year and the last two; the years between more briefly.
      const recent = year === 2019 || year >= LocalDate.year(th.story.end) - 1;
      const richness = recent ? random.weighted<Richness>([['full', 60], ['plain', 40]]) : random.weighted<Richness>([['plain', 60], ['bare', 40]]);
      planMeeting(th, {
        kind: 'plenary',
        period,
        date: Province.workday(LocalDate.of(year, quarter * 3, random.int(12, 24))),
        title: `Phiên họp Ban Chỉ đạo quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${year}`,
        place: PLACE,
        presiding: 'chair',
        richness,
        documents: { daysBefore: random.int(1, 8) },
        absenceProcedure: true,
        delegates: random.chance(0.5) ? 'with-opinion' : 'without-opinion',
        signer: { memberKey: 'standing', assignment: false },
      });
    }
    for (let month = 1; month <= 12; month++) {
      if ((year === 2018 && month < 11) || !random.chance(0.25)) continue;
      const period = `${year}-${String(month).padStart(2, '0')}`;
      planMeeting(th, {
        kind: 'working-group',
        period,
        date: Province.workday(LocalDate.of(year, month, random.int(5, 25))),
        title: `Họp Tổ giúp việc tháng ${month}/${year}`,
        place: 'Phòng họp Sở Thông tin và Truyền thông',
        presiding: 'standing',
        richness: 'bare',
        documents: null,
        absenceProcedure: true,
        delegates: 'none',
      });
    }
  }
  // Điều 8.1: an extraordinary meeting on the secretary's proposal (the standing member, Điều 5).
  planMeeting(th, {
    kind: 'extraordinary',
    period: null,
    date: d('2020-03-12'),
    title: 'Triển khai làm việc trực tuyến, phòng chống dịch COVID-19',
    place: 'Phòng họp trực tuyến, trụ sở UBND tỉnh',
    presiding: 'chair',
    proposedBy: { role: 'secretary', memberKey: 'standing' },
    richness: 'plain',
    documents: { daysBefore: 1 },
    absenceProcedure: true,
    delegates: 'none',
    signer: { memberKey: 'standing', assignment: false },
  });

  planConsolidatedReport(th, 2019);
  planConsolidatedReport(th, 2023);

  const lines = (year: number): BudgetLine[] => [
    { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính, văn phòng phẩm', millions: 100 + (year % 5) * 10 },
    { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về xây dựng Chính quyền điện tử', millions: 200 + (year % 3) * 25 },
    { lineId: 'kiem-tra', category: 'kiem-tra', title: 'Kiểm tra, khảo sát tình hình ứng dụng CNTT', millions: 80 },
  ];
  planBudgetYear(th, { year: 2019, holder: 'STTTT', source: 'standing-agency-budget', flow: 'through-chair', lines: lines(2019), spentPercent: [70, 95], special: { lineId: 'tuyen-truyen', title: 'Sản xuất phim tài liệu về Chính quyền điện tử', millions: 40, approved: true } });
  planBudgetYear(th, { year: 2024, holder: 'STTTT', source: 'standing-agency-budget', flow: 'through-chair', lines: lines(2024), spentPercent: [55, 90], special: { lineId: 'kiem-tra', title: 'Thuê chuyên gia đánh giá an toàn thông tin', millions: 30, approved: false } });
  planAgencyMerger(th);
  // The work programme, recorded here from 2025 (the next year's is drafted in December).
  for (let year = LocalDate.year(end) - 1; year <= LocalDate.year(end) + 1; year++) planProgramme(th, year);
  // This year's budget, held by the standing agency of the day; spending after today is not history yet.
  const thisYear = LocalDate.year(end);
  if (thisYear > 2024) planBudgetYear(th, { year: thisYear, holder: thisYear >= 2025 ? 'SKHCN' : 'STTTT', source: 'standing-agency-budget', flow: 'through-chair', lines: lines(thisYear), spentPercent: [60, 90] });
}

/** Điều 10.3: the six-month report goes round the members for comment before it goes to the chair. */
function planConsolidatedReport(th: Province, year: number): void {
  const report = { id: '' };
  const on = (month: number, day: number) => LocalDate.of(year, month, day);
  th.at(on(6, 25), '09:00', `báo cáo 6 tháng ${year}`, async () => {
    const drafted = await th.secretariat.post<{ reportId: string }>('/reporting/consolidated', {
      cadence: 'semiannual',
      period: `${year}-H1`,
      title: `Báo cáo kết quả xây dựng Chính quyền điện tử 6 tháng đầu năm ${year}`,
      draftedOn: on(6, 25),
      draftedByAgencyId: th.agencies[th.standingAgency],
      contentHash: createHash('sha256').update(`Báo cáo 6 tháng đầu năm ${year}, ${th.name}`).digest('hex'),
    });
    report.id = drafted.reportId;
    await th.secretariat.post(`/reporting/consolidated/${report.id}/circulation`, { circulatedOn: on(6, 26), commentDeadline: on(7, 5) });
  });
  th.at(on(7, 2), '10:00', 'góp ý báo cáo', () => th.secretariat.post(`/reporting/consolidated/${report.id}/comments`, { memberId: th.members.SNV, receivedOn: on(7, 2), summary: 'Thống nhất với dự thảo' }));
  th.at(on(7, 8), '10:00', 'góp ý báo cáo (muộn)', () => th.secretariat.post(`/reporting/consolidated/${report.id}/comments`, { memberId: th.members.SYT, receivedOn: on(7, 8), summary: 'Bổ sung số liệu y tế' }));
  th.at(on(7, 10), '15:00', 'trình Trưởng ban', () => th.secretariat.post(`/reporting/consolidated/${report.id}/submission`, { submittedOn: on(7, 10), toMemberId: th.members.chair }));
}

/** 2025: the Sở TTTT's functions move into the Sở Khoa học và Công nghệ, which becomes the standing agency. */
function planAgencyMerger(th: Province): void {
  // Decided before any first-quarter meeting is scheduled, so that its invitees are the committee after the merger.
  const decision = { number: '1500/QĐ-UBND', date: d('2025-02-14') };
  const effectiveOn = d('2025-03-01');
  th.at(decision.date, '16:00', 'hợp nhất Sở TTTT vào Sở KH&CN', async () => {
    await th.secretariat.post(`/membership/agencies/${th.agencies.STTTT}/merge`, { into: th.agencies.SKHCN, effectiveOn, decision });
    await th.secretariat.post(`/membership/committees/${th.committeeId}/standing-agency`, { agencyId: th.agencies.SKHCN, decision, effectiveOn });
    await th.dismiss('standing', decision, effectiveOn);
    await th.appoint('standing', 'standing-member', 'SKHCN', decision, effectiveOn);
    th.standingAgency = 'SKHCN';
    th.mergedAgencies.add('STTTT');
  });
}
