// Thanh Hóa, 2014 to today: the committee for IT application under QĐ 3461/QĐ-BCĐ (2014-10-16) — chair, vice
// chair, the four standing members of Điều 5, members with their duties, an annual plenary and a standing-board
// meeting every six months (Điều 9), documents due 5 working days ahead (Điều 9.4), a member away studying for
// more than six months and replaced (Điều 2.4) — then, from 2018-10-19, the e-government committee of QĐ
// 4094/QĐ-UBND under QĐ 4095/QĐ-BCĐ, which the province records as superseding 3461 (thanh-hoa-2018.ts).
import { LocalDate } from '@bcd/calendar';
import { planMeeting, type Richness } from './meeting-story.js';
import { Province } from './province.js';
import { planReports } from './report-story.js';
import { planThanhHoa2018 } from './thanh-hoa-2018.js';

const d = (date: string) => date as LocalDate;
const PLACE = 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa';

export function thanhHoa(th: Province): void {
  const appointment = { number: '2765/QĐ-UBND', date: d('2014-11-03') };

  th.at(d('2014-10-16'), '09:00', 'Quy chế 3461/QĐ-BCĐ', async () => {
    await th.as('tenant_admin').post('/regulations', { builtInPackId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16' });
    await th.registerAgencies(['UBND', 'STTTT', 'SKHDT', 'STC', 'SGDDT', 'VPUBND', 'SNV', 'SYT', 'CA', 'SCT', 'SKHCN']);
    await th.establish('Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', { number: '2702/QĐ-UBND', date: d('2014-10-16') }, d('2014-10-16'));
  });
  th.at(appointment.date, '10:00', 'kiện toàn thành viên', async () => {
    await th.appoint('chair', 'chair', 'UBND', appointment);
    await th.appoint('vice', 'vice-chair', 'UBND', appointment);
    // Điều 5: the directors of Sở TTTT, Sở KH&ĐT, Sở Tài chính, Sở GD&ĐT are the standing members.
    for (const code of ['STTTT', 'SKHDT', 'STC', 'SGDDT']) await th.appoint(code, 'standing-member', code, appointment);
    for (const code of ['VPUBND', 'SNV', 'SYT', 'CA', 'SCT']) await th.appoint(code, 'member', code, appointment);
    await th.link('chair', 'chair');
    await th.link('member', 'SNV');
  });
  th.at(d('2014-11-10'), '14:00', 'Tổ giúp việc', async () => {
    const base = `/membership/committees/${th.committeeId}/working-group`;
    await th.secretariat.post(base, { decision: th.decision('QĐ-BCĐ', d('2014-11-10')), formedOn: '2014-11-10' });
    const leader = await th.person('wg-leader');
    await th.secretariat.post(`${base}/members`, { personId: leader, agencyId: th.agencies.STTTT, joinedOn: '2014-11-10' });
    await th.secretariat.post(`${base}/leader`, { personId: leader, decision: th.decision('QĐ-BCĐ', d('2014-11-10')) });
  });
  // Điều 11.2 does not list the agencies running IT programmes: the province designates them.
  th.at(d('2014-12-22'), '09:00', 'cơ quan báo cáo định kỳ', async () => {
    await th.secretariat.put('/reporting/setup/reporting-agencies', {
      agencyIds: ['SNV', 'SYT', 'SCT'].map((code) => th.agencies[code]),
      effectiveFrom: '2015-01-01',
      decision: th.decision('QĐ-BCĐ', d('2014-12-22')),
    });
    await planReports(th, d('2015-01-01'));
  });

  // Meetings under the 2014 regulation: the annual plenary (Điều 9.1), the standing board every six months (Điều 9.2).
  const meetings2014: Array<[kind: 'plenary' | 'standing-board', period: string, date: string, richness: Richness, daysBefore: number]> = [
    ['standing-board', '2015-H1', '2015-06-12', 'plain', 8],
    ['standing-board', '2015-H2', '2015-11-13', 'plain', 9],
    ['plenary', '2015', '2015-12-18', 'full', 10],
    ['standing-board', '2016-H1', '2016-06-17', 'plain', 2], // documents two days ahead: 5 working days missed
    ['plenary', '2016', '2016-12-16', 'full', 8],
    ['standing-board', '2017-H2', '2017-11-17', 'plain', 9],
    ['plenary', '2017', '2017-12-22', 'full', 3], // late again
    ['standing-board', '2018-H1', '2018-06-15', 'plain', 10],
  ];
  for (const [kind, period, date, richness, daysBefore] of meetings2014) {
    planMeeting(th, {
      kind,
      period,
      date: d(date),
      title: kind === 'plenary' ? `Hội nghị tổng kết ứng dụng công nghệ thông tin năm ${period}` : `Họp Thường trực Ban Chỉ đạo ${period.replace('-H', ' kỳ ')}`,
      place: PLACE,
      presiding: 'chair',
      richness,
      documents: { daysBefore },
      // Thanh Hóa 2014 has no absence procedure and no delegation (RULES.md §2).
      absenceProcedure: false,
      delegates: 'none',
      // Điều 5.1đ: only the standing member who heads Sở TTTT signs.
      signer: { memberKey: 'STTTT', assignment: false },
    });
  }

  // Điều 2.4: Sở Y tế's member goes away to study for a year; the agency notifies and proposes a replacement.
  th.at(d('2016-08-20'), '09:00', 'thông báo vắng dài hạn', async () => {
    await th.secretariat.post(`/membership/committees/${th.committeeId}/members/${th.members.SYT}/long-absence`, {
      reason: 'study',
      from: '2016-09-01',
      expectedUntil: '2017-08-31',
      noticeReference: `${th.random.int(100, 300)}/SYT-TCCB`,
      notifiedOn: '2016-08-20',
    });
  });
  th.at(d('2016-09-06'), '09:00', 'đề xuất người thay thế', async () => {
    const personId = await th.person('SYT-2016');
    await th.secretariat.post(`/membership/committees/${th.committeeId}/members/${th.members.SYT}/long-absence/replacement-proposal`, {
      personId,
      proposedOn: '2016-09-06',
      proposalReference: `${th.random.int(100, 300)}/SYT-TCCB`,
    });
  });
  th.at(d('2016-10-03'), '15:00', 'quyết định thay thế thành viên', async () => {
    const replaced = await th.secretariat.post<{ replacedBy: string }>(`/membership/committees/${th.committeeId}/members/${th.members.SYT}/long-absence/replacement`, {
      decision: th.decision('QĐ-UBND', d('2016-10-03')),
    });
    th.members.SYT = replaced.replacedBy;
    th.people.SYT = th.people['SYT-2016'];
  });

  planThanhHoa2018(th);
}
