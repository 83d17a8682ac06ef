// Kiên Giang, 2008 to 2010: the IT committee under QĐ 1507/QĐ-UBND (2008-06-23) — two vice chairs, one standing
// (Điều 2.1), "Thường trực Ban" held by the standing vice chair (the province's choice, Điều 2.2), a quarterly
// plenary on days 20–30 of the quarter's last month (Điều 10) with documents 3 working days ahead (Điều 11),
// absences approved by the chair, written opinions instead of a meeting that could not be held (Điều 10),
// members reporting by the 15th of the quarter's last month (Điều 11), budgets appraised by Sở Tài chính within
// Sở TTTT's ceiling (Điều 12). Re-established in 2010 under a new name; dissolved at the end of 2010, when its
// story here ends (nothing is owed after that).
import { LocalDate } from '@bcd/calendar';
import { planBudgetYear, type BudgetLine } from './budget-story.js';
import { planMeeting } from './meeting-story.js';
import { Province } from './province.js';
import { planReports } from './report-story.js';

const d = (date: string) => date as LocalDate;
const SET_UP = { number: '1498/QĐ-UBND', date: d('2008-06-20') };

export function kienGiang(kg: Province): void {
  kg.reportsUntil = d('2010-12-31');
  kg.at(d('2008-06-23'), '09:00', 'Quy chế 1507/QĐ-UBND', async () => {
    await kg.as('tenant_admin').post('/regulations', { builtInPackId: 'kien-giang-2008' });
    await kg.registerAgencies(['UBND', 'STTTT', 'SKHDT', 'STC', 'SNV', 'SYT']);
    await kg.establish('Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang', SET_UP, d('2008-06-23'));
    await kg.appoint('chair', 'chair', 'UBND', SET_UP, d('2008-06-23'));
    await kg.appoint('standing', 'standing-vice-chair', 'STTTT', SET_UP, d('2008-06-23'));
    await kg.appoint('vice', 'vice-chair', 'SKHDT', SET_UP, d('2008-06-23'));
    for (const code of ['SNV', 'SYT']) await kg.appoint(code, 'member', code, SET_UP, d('2008-06-23'));
    await kg.link('chair', 'chair');
    await kg.link('member', 'SNV');
    await planReports(kg, d('2008-06-23'));
  });
  // Điều 2.2 does not say who "Thường trực Ban Chỉ đạo" is: the province names the standing vice chair.
  kg.at(d('2008-06-25'), '15:00', 'Thường trực Ban Chỉ đạo', async () => {
    const [adoption] = await kg.secretariat.get<Array<{ adoptionId: string }>>('/regulations');
    await kg.as('tenant_admin').post(`/regulations/${adoption.adoptionId}/configuration`, {
      settings: {
        'composition.standingOffice': { kind: 'held-by', role: 'standing-vice-chair', citation: { article: 'Điều 1', decision: '1520/QĐ-UBND', signedOn: '2008-06-25' } },
      },
    });
  });
  // Điều 9.2: the Tổ giúp việc, mostly Sở TTTT staff; another agency's staff by its head's decision.
  kg.at(d('2008-07-01'), '14:00', 'Tổ giúp việc', async () => {
    const base = `/membership/committees/${kg.committeeId}/working-group`;
    await kg.secretariat.post(base, { decision: { number: '65/QĐ-BCĐ', date: '2008-07-01' } });
    const leader = await kg.person('wg-leader');
    await kg.secretariat.post(`${base}/members`, { personId: leader, agencyId: kg.agencies.STTTT, joinedOn: '2008-07-01' });
    await kg.secretariat.post(`${base}/leader`, { personId: leader, decision: { number: '66/QĐ-BCĐ', date: '2008-07-01' } });
  });
  kg.at(d('2008-07-15'), '09:00', 'Tổ giúp việc: cán bộ Sở Y tế', async () => {
    const base = `/membership/committees/${kg.committeeId}/working-group`;
    await kg.secretariat.post(`${base}/members`, { personId: await kg.person('wg-SYT'), agencyId: kg.agencies.SYT, joinedOn: '2008-07-15', nomination: { number: '88/QĐ-SYT', date: '2008-07-10' } });
  });

  const random = kg.random.fork('meetings');
  for (const [year, quarter] of [[2008, 3], [2008, 4], [2009, 1], [2009, 2], [2009, 3], [2009, 4], [2010, 1], [2010, 2], [2010, 3], [2010, 4]]) {
    const period = `${year}-Q${quarter}`;
    if (period === '2009-Q2') continue; // no meeting possible: written opinions instead (below)
    // Days 20–30 of the quarter's last month; 2009-Q4 was held early, outside the window.
    const day = period === '2009-Q4' ? 11 : random.int(20, 26);
    planMeeting(kg, {
      kind: 'plenary',
      period,
      date: Province.workday(LocalDate.of(year, quarter * 3, day)),
      title: `Phiên họp Ban Chỉ đạo quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${year}`,
      place: 'Hội trường UBND tỉnh Kiên Giang',
      presiding: 'chair',
      richness: random.chance(0.4) ? 'full' : 'plain',
      // Điều 11: 3 working days; about one meeting in four gets them too late.
      documents: { daysBefore: random.chance(0.25) ? random.int(1, 2) : random.int(6, 9) },
      absenceProcedure: true,
      delegates: 'without-opinion',
      delegateAfterConsent: true,
    });
  }
  planWrittenConsultation(kg);

  kg.at(d('2010-04-01'), '10:00', 'kiện toàn Ban Chỉ đạo', async () => {
    const others = ['chair', 'standing', 'SNV', 'SYT'].map((key) => kg.members[key]);
    const viceChair = await kg.person('vice-2010');
    await kg.secretariat.post(`/membership/committees/${kg.committeeId}/reestablishment`, {
      decision: { number: '720/QĐ-UBND', date: '2010-04-01' },
      name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Kiên Giang',
      carriedOver: others,
      replaced: [{ memberId: kg.members.vice, personId: viceChair }],
    });
    const roster = await kg.secretariat.get<{ members: Array<{ memberId: string; role: string }> }>(`/membership/committees/${kg.committeeId}/roster?asOf=2010-04-01`);
    const vice = roster.members.find((m) => m.role === 'vice-chair');
    if (!vice) throw new Error('the re-established committee has no vice chair');
    kg.members.vice = vice.memberId;
    await kg.openObligations();
  });
  kg.at(d('2010-12-30'), '16:00', 'giải thể Ban Chỉ đạo', async () => {
    await kg.secretariat.post(`/membership/committees/${kg.committeeId}/dissolution`, { decision: { number: '2950/QĐ-UBND', date: '2010-12-30' }, effectiveOn: '2011-01-01' });
    await kg.openObligations();
  });

  const lines = (year: number): BudgetLine[] => [
    { lineId: 'ung-dung-cntt', category: 'ung-dung-cntt', title: 'Chi ứng dụng CNTT trong hoạt động của cơ quan nhà nước (TTLT 43/2008)', millions: 150 + (year % 2) * 30 },
    { lineId: 'hoat-dong-ban', category: 'hoat-dong', title: 'Chi hoạt động của Ban Chỉ đạo', millions: 60 },
    { lineId: 'dao-tao', category: 'dao-tao', title: 'Đào tạo, bồi dưỡng cán bộ chuyên trách CNTT', millions: 45 },
  ];
  for (const year of [2009, 2010]) {
    planBudgetYear(kg, { year, holder: 'STTTT', source: 'standing-agency-budget', flow: 'appraised-within-ceiling', lines: lines(year), spentPercent: [65, 95] });
  }
}

/** Điều 10: no meeting in 2009-Q2, so the chair asks the members for written opinions; one never answers. */
function planWrittenConsultation(kg: Province): void {
  const consultation = { id: '' };
  kg.at(d('2009-06-15'), '09:00', 'lấy ý kiến bằng văn bản', async () => {
    const started = await kg.secretariat.post<{ consultationId: string }>('/meetings/consultations', {
      question: 'Cho ý kiến dự thảo Kế hoạch ứng dụng công nghệ thông tin năm 2010',
      recipients: ['standing', 'vice', 'SNV', 'SYT'].map((key) => kg.members[key]),
      requestedBy: kg.members.chair,
      startedOn: '2009-06-15',
      deadlineOn: '2009-06-25',
    });
    consultation.id = started.consultationId;
  });
  const answers: Array<[key: string, on: string]> = [['standing', '2009-06-18'], ['vice', '2009-06-22'], ['SNV', '2009-06-29']];
  for (const [key, on] of answers) {
    kg.at(d(on), '10:00', 'ý kiến bằng văn bản', async () => {
      await kg.secretariat.post(`/meetings/consultations/${consultation.id}/opinions`, {
        memberId: kg.members[key],
        receivedOn: on,
        reference: `${kg.random.int(20, 180)}/${kg.memberAgency[key]}-VP`,
        summary: key === 'SNV' ? 'Đề nghị bổ sung chỉ tiêu đào tạo cán bộ' : 'Thống nhất với dự thảo',
      });
    });
  }
  kg.at(d('2009-06-30'), '16:00', 'kết thúc lấy ý kiến', () => kg.secretariat.post(`/meetings/consultations/${consultation.id}/closure`, { closedOn: '2009-06-30', outcome: 'Đa số thành viên thống nhất; Sở TTTT hoàn thiện dự thảo trình UBND tỉnh' }));
}
