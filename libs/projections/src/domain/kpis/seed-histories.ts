// Fixtures of the KPI specs: a small history for each seed regulation besides Thanh Hóa's (tenant-state/testing.ts) —
// Kiên Giang 2008 in 2019, Bình Định 2021 in 2022, Phú Thọ 2022 in 2023: the adoption of the built-in pack, the
// committee and its members, and the meetings, documents, absences, delegates and action items the KPIs count. The
// builders of meetings events serve the specs too (events added to Thanh Hóa's history). Decision numbers of
// committees are the fixture's own; the regulations' are the seeds'.
import { LocalDate } from '@bcd/calendar';
import type { AGENCY_KINDS, ATTENDANCE_STATUSES, MeetingKind, MemberRole } from '@bcd/contracts';
import { binhDinh2021, formatCitation, kienGiang2008, phuTho2022, ruleRef, type RulePack } from '@bcd/regulation';
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { indexEvents, parsePeriod, type IdentifiedEvent, type KpiInput } from './kpi.js';

/** An event to add to a history: its type, data and business time (a day, or an instant). */
export type NewEvent = { type: string; data: unknown; occurredAt: string };
export type Invitee = { memberId: string; role: MemberRole; agencyId: string };

type Regulation = { packId: string; decisionNumber: string | null; effectiveFrom: string };
type Attendance = (typeof ATTENDANCE_STATUSES)[number];

/** The article of a rule of the pack (`meetings.plenary`…), as the meetings context writes it. */
export const articleOf = (pack: RulePack, path: string): string => {
  const ref = ruleRef(pack, path);
  if (!ref) throw new Error(`${pack.id} has no cited rule at ${path}`);
  return ref.article;
};

/** Scheduled two weeks ahead, for the day of `startsAt` (given with +07:00), convened by whoever presides. */
export function scheduled(m: { meetingId: string; kind: MeetingKind; period: string | null; startsAt: string; invitees: Invitee[]; presidedBy: string; regulation: Regulation; article: string }): NewEvent {
  const scheduledOn = m.startsAt.slice(0, 10);
  const convener = m.invitees.find((p) => p.memberId === m.presidedBy);
  if (!convener) throw new Error(`${m.presidedBy} is not invited to ${m.meetingId}`);
  return {
    type: 'meetings.MeetingScheduled',
    data: {
      meetingId: m.meetingId, kind: m.kind, period: m.period, scheduledOn, startsAt: m.startsAt, place: 'Phòng họp UBND tỉnh', onlineLink: null, agenda: [],
      invitees: m.invitees.map((p) => ({ ...p, personId: `p-${p.memberId}` })), guests: [], presidedBy: m.presidedBy,
      convenedBy: { memberId: convener.memberId, role: convener.role }, proposedBy: null, regulation: m.regulation, article: m.article,
    },
    occurredAt: LocalDate.addDays(LocalDate.parse(scheduledOn), -14),
  };
}

export const held = (meetingId: string, heldAt: string, presidedBy: string, attendance: Record<string, Attendance>): NewEvent => ({
  type: 'meetings.MeetingHeld',
  data: { meetingId, heldAt, endedAt: null, presidedBy, attendance: Object.entries(attendance).map(([memberId, status]) => ({ memberId, status, arrivedLate: false, leftEarly: false })) },
  occurredAt: heldAt,
});

/** A distribution as the meetings context judged it when it was recorded; a missed one flagged with the pack's rule. */
type Judged = { outcome: 'met' | 'missed' | 'not-applicable' | 'no-rule'; latestSendDate?: string; latestSendAt?: string };
export function distributed(meetingId: string, documentId: string, sentAt: string, judged: Judged, pack: RulePack, channel: 'electronic' | 'paper' = 'electronic'): NewEvent {
  const ref = ruleRef(pack, 'meetings.documentLeadTime');
  const flag = judged.outcome === 'missed' && ref ? { ...ref, message: `Documents for meeting ${meetingId} sent late.` } : null;
  return {
    type: 'meetings.DocumentDistributed',
    data: {
      meetingId, documentId, title: `Tài liệu ${documentId}`, agendaItemId: null, contentHash: 'a'.repeat(64), sizeBytes: 1024, channel, sentAt,
      leadTime: { outcome: judged.outcome, latestSendDate: judged.latestSendDate ?? null, latestSendAt: judged.latestSendAt ?? null, flag },
    },
    occurredAt: sentAt,
  };
}

export const absenceRequested = (meetingId: string, memberId: string, on: string): NewEvent => ({ type: 'meetings.AbsenceRequested', data: { meetingId, memberId, reason: 'Đi công tác' }, occurredAt: on });

/** Decided by `decidedBy` as the approver the pack names (`as`), under that approver's article. */
export function absenceDecided(meetingId: string, memberId: string, decision: 'approved' | 'refused', decidedBy: string, as: 'chair' | 'presiding-person', pack: RulePack, on: string): NewEvent {
  const rule = pack.meetings.absence;
  const approver = rule.kind === 'report-and-approval' ? rule.approvers.find((a) => a.by === as) : undefined;
  if (!approver) throw new Error(`${pack.id} names no ${as} to consent to an absence`);
  const data = { meetingId, memberId, decision, decidedBy, as, rule: `${pack.id}/meetings.absence`, article: formatCitation(approver.citation) };
  return { type: 'meetings.AbsenceDecided', data, occurredAt: on };
}

/** A delegate of the member's agency; a written opinion the pack demands and the member did not give is flagged. */
export function delegateNamed(meetingId: string, memberId: string, agencyId: string, writtenOpinion: string | null, pack: RulePack, on: string): NewEvent {
  const rule = pack.meetings.absence;
  const owed = rule.kind === 'report-and-approval' && rule.delegateMustSubmitWrittenOpinion && writtenOpinion === null;
  const flag = owed ? { rule: `${pack.id}/meetings.absence`, article: articleOf(pack, 'meetings.absence'), message: `Member ${memberId} delegated without a written opinion.` } : null;
  const data = { meetingId, memberId, delegate: { personId: `p-delegate-${memberId}`, agencyId }, writtenOpinion: writtenOpinion === null ? null : { reference: writtenOpinion }, flag };
  return { type: 'meetings.DelegateNamed', data, occurredAt: on };
}

export const itemAssigned = (meetingId: string, itemId: string, ownerAgencyId: string, assignedOn: string, dueOn: string): NewEvent =>
  ({ type: 'meetings.ActionItemAssigned', data: { meetingId, itemId, conclusionId: null, ownerAgencyId, description: `Nhiệm vụ ${itemId}`, assignedOn, dueOn }, occurredAt: assignedOn });
export const itemExtended = (meetingId: string, itemId: string, dueOn: string, previousDueOn: string, approvedBy: string, approvedOn: string): NewEvent =>
  ({ type: 'meetings.ActionItemExtended', data: { meetingId, itemId, dueOn, previousDueOn, approvedBy, approvedOn, reason: 'Chờ ý kiến các sở' }, occurredAt: approvedOn });
export const itemDone = (meetingId: string, itemId: string, doneOn: string): NewEvent => ({ type: 'meetings.ActionItemDone', data: { meetingId, itemId, doneOn }, occurredAt: doneOn });

/** The adoption of the built-in pack, the agencies, the committee and its members. */
function tenantSetUp(t: {
  adoptionId: string; pack: RulePack; regulation: Regulation; signedOn: string | null; supersedes: string | null; committeeId: string; committee: string;
  decision: { number: string; date: string }; agencies: [string, string, (typeof AGENCY_KINDS)[number]][]; members: Invitee[];
}): NewEvent[] {
  const { regulation, decision } = t;
  return [
    {
      type: 'rulebook.RegulationAdopted',
      data: { adoptionId: t.adoptionId, source: { kind: 'built-in', packId: t.pack.id }, pack: t.pack, decisionNumber: regulation.decisionNumber, signedOn: t.signedOn, effectiveFrom: regulation.effectiveFrom, supersedes: t.supersedes },
      occurredAt: regulation.effectiveFrom,
    },
    ...t.agencies.map(([agencyId, name, kind]) => ({ type: 'membership.AgencyRegistered', data: { agencyId, code: agencyId, name, kind }, occurredAt: decision.date })),
    { type: 'membership.CommitteeEstablished', data: { committeeId: t.committeeId, name: t.committee, decision, establishedOn: decision.date, regulation, standingAgencyId: t.agencies[1][0] }, occurredAt: decision.date },
    ...t.members.map(({ memberId, role, agencyId }) => ({
      type: 'membership.MemberAppointed', data: { committeeId: t.committeeId, memberId, personId: `p-${memberId}`, role, agencyId, decision, effectiveOn: decision.date, replaces: null }, occurredAt: decision.date,
    })),
  ];
}

/** What a KPI is computed from for the period `label`: the events known at its last day (business axis), folded and indexed. */
export function inputFor(events: readonly IdentifiedEvent[], label: string): KpiInput {
  const period = parsePeriod(label);
  if (!period) throw new Error(label);
  const known = eventsAsOf(events, asOfDay(period.end, 'business'));
  return { state: foldTenantState(known), period, events: indexEvents(known) };
}

/** The events with ids `<prefix>-1`, `<prefix>-2`… in the order given, all recorded when the paper records were entered. */
export function identified(prefix: string, events: readonly NewEvent[]): IdentifiedEvent[] {
  const entered = new Date('2025-01-06T09:00:00+07:00').getTime();
  return events.map((e, i) => ({
    type: e.type,
    data: e.data,
    occurredAt: new Date(e.occurredAt.length === 10 ? `${e.occurredAt}T00:00:00+07:00` : e.occurredAt),
    recordedAt: new Date(entered + 1000 * i),
    eventId: `${prefix}-${i + 1}`,
  }));
}

// ---- Kiên Giang 2008 (QĐ 1507/QĐ-UBND), 2019: quarterly plenaries on days 20–30 of the quarter's last month (Điều 10),
// documents ≥ 3 working days before a periodic meeting (Điều 11), absences and delegates with the chair's consent (Điều 10).
export const KG = {
  adoptionId: 'adoption-kg-2008',
  regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: '2008-06-23' },
  members: { chair: 'm-kg-chair', vice: 'm-kg-vice', stc: 'm-kg-stc', snv: 'm-kg-snv' },
  meetings: { q1: 'kg-2019-q1', q2: 'kg-2019-q2', q3: 'kg-2019-q3', extraordinary: 'kg-2019-x' },
} as const;

export function kienGiangHistory(): IdentifiedEvent[] {
  const { members: M, meetings: X, regulation } = KG;
  const pack = kienGiang2008;
  const invitees: Invitee[] = [
    { memberId: M.chair, role: 'chair', agencyId: 'a-kg-ubnd' },
    { memberId: M.vice, role: 'standing-vice-chair', agencyId: 'a-kg-stttt' },
    { memberId: M.stc, role: 'member', agencyId: 'a-kg-stc' },
    { memberId: M.snv, role: 'member', agencyId: 'a-kg-snv' },
  ];
  const plenary = (meetingId: string, period: string, startsAt: string) => scheduled({ meetingId, kind: 'plenary', period, startsAt, invitees, presidedBy: M.chair, regulation, article: articleOf(pack, 'meetings.plenary') });
  return identified('kg', [
    ...tenantSetUp({
      adoptionId: KG.adoptionId, pack, regulation, signedOn: '2008-06-23', supersedes: null, committeeId: 'committee-kg', committee: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang',
      decision: { number: '1210/QĐ-UBND', date: '2008-05-20' }, members: invitees,
      agencies: [['a-kg-ubnd', 'Ủy ban nhân dân tỉnh Kiên Giang', 'people-committee'], ['a-kg-stttt', 'Sở Thông tin và Truyền thông', 'department'], ['a-kg-stc', 'Sở Tài chính', 'department'], ['a-kg-snv', 'Sở Nội vụ', 'department']],
    }),
    // Q1, Monday 25/3 (in the window 20–30/3): documents on Tuesday 19/3, the last day (Wed, Thu, Fri are the three days)
    plenary(X.q1, '2019-Q1', '2019-03-25T08:00:00+07:00'),
    distributed(X.q1, 'd-kg-q1', '2019-03-19T15:00:00+07:00', { outcome: 'met', latestSendDate: '2019-03-19' }, pack),
    absenceRequested(X.q1, M.stc, '2019-03-20'),
    absenceDecided(X.q1, M.stc, 'approved', M.chair, 'chair', pack, '2019-03-21'),
    absenceRequested(X.q1, M.snv, '2019-03-20'),
    absenceDecided(X.q1, M.snv, 'approved', M.chair, 'chair', pack, '2019-03-21'),
    delegateNamed(X.q1, M.snv, 'a-kg-snv', null, pack, '2019-03-22'),
    held(X.q1, '2019-03-25T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.stc]: 'absent-approved', [M.snv]: 'delegate' }),
    itemAssigned(X.q1, 'kg-1', 'a-kg-stttt', '2019-03-25', '2019-04-30'),
    itemAssigned(X.q1, 'kg-2', 'a-kg-stc', '2019-03-25', '2019-05-31'),
    itemAssigned(X.q1, 'kg-3', 'a-kg-snv', '2019-03-25', '2019-06-30'),
    itemDone(X.q1, 'kg-1', '2019-04-20'),
    itemDone(X.q1, 'kg-2', '2019-06-10'),
    // Q2, Tuesday 18/6 (before the window 20–30/6): documents on Friday 14/6, after the last day Wednesday 12/6
    plenary(X.q2, '2019-Q2', '2019-06-18T08:00:00+07:00'),
    distributed(X.q2, 'd-kg-q2', '2019-06-14T10:00:00+07:00', { outcome: 'missed', latestSendDate: '2019-06-12' }, pack),
    absenceRequested(X.q2, M.stc, '2019-06-17'),
    absenceDecided(X.q2, M.stc, 'refused', M.chair, 'chair', pack, '2019-06-17'),
    held(X.q2, '2019-06-18T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.stc]: 'absent-unapproved', [M.snv]: 'absent-unapproved' }),
    // Q3, Wednesday 25/9: no document recorded
    plenary(X.q3, '2019-Q3', '2019-09-25T08:00:00+07:00'),
    held(X.q3, '2019-09-25T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.stc]: 'present', [M.snv]: 'present' }),
    itemAssigned(X.q3, 'kg-4', 'a-kg-stttt', '2019-09-25', '2020-01-31'),
    // an extraordinary meeting on the standing office's proposal: Điều 11's lead time covers periodic meetings only
    scheduled({ meetingId: X.extraordinary, kind: 'extraordinary', period: null, startsAt: '2019-11-05T14:00:00+07:00', invitees, presidedBy: M.chair, regulation, article: articleOf(pack, 'meetings.extraordinary') }),
    distributed(X.extraordinary, 'd-kg-x', '2019-11-04T09:00:00+07:00', { outcome: 'not-applicable' }, pack),
    absenceRequested(X.extraordinary, M.snv, '2019-11-04'),
    absenceDecided(X.extraordinary, M.snv, 'approved', M.chair, 'chair', pack, '2019-11-04'),
    held(X.extraordinary, '2019-11-05T14:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.stc]: 'present', [M.snv]: 'absent-approved' }),
  ]);
}

// ---- Bình Định 2021 (number and date blank; in force from 15/3/2021 here), 2022: plenaries every 6 months (Điều 10.1a),
// working-group meetings with no cadence set (Điều 10.1b), documents electronically ≥ 48 hours before (Điều 10.1c),
// absences and delegates with the presiding person's consent (Điều 5.4).
export const BD = {
  adoptionId: 'adoption-bd-2021',
  regulation: { packId: 'binh-dinh-2021', decisionNumber: null, effectiveFrom: '2021-03-15' },
  members: { chair: 'm-bd-chair', vice: 'm-bd-vice', ca: 'm-bd-ca', vp: 'm-bd-vp' },
  meetings: { h1: 'bd-2022-h1', workingGroup: 'bd-2022-wg', h2: 'bd-2022-h2' },
} as const;

export function binhDinhHistory(): IdentifiedEvent[] {
  const { members: M, meetings: X, regulation } = BD;
  const pack = binhDinh2021;
  const invitees: Invitee[] = [
    { memberId: M.chair, role: 'chair', agencyId: 'a-bd-ubnd' },
    { memberId: M.vice, role: 'standing-vice-chair', agencyId: 'a-bd-stttt' },
    { memberId: M.ca, role: 'member', agencyId: 'a-bd-ca' },
    { memberId: M.vp, role: 'member', agencyId: 'a-bd-vp' },
  ];
  const plenary = (meetingId: string, period: string, startsAt: string) => scheduled({ meetingId, kind: 'plenary', period, startsAt, invitees, presidedBy: M.chair, regulation, article: articleOf(pack, 'meetings.plenary') });
  return identified('bd', [
    ...tenantSetUp({
      adoptionId: BD.adoptionId, pack, regulation, signedOn: null, supersedes: '47/QĐ-BCĐ', committeeId: 'committee-bd', committee: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định',
      decision: { number: '640/QĐ-UBND', date: '2021-03-01' }, members: invitees,
      agencies: [['a-bd-ubnd', 'Ủy ban nhân dân tỉnh Bình Định', 'people-committee'], ['a-bd-stttt', 'Sở Thông tin và Truyền thông', 'department'], ['a-bd-ca', 'Công an tỉnh', 'central-agency-branch'], ['a-bd-vp', 'Văn phòng UBND tỉnh', 'sector']],
    }),
    // H1, Monday 20/6 08:00: both documents by Saturday 18/6 08:00 (exactly 48 hours, weekends included)
    plenary(X.h1, '2022-H1', '2022-06-20T08:00:00+07:00'),
    distributed(X.h1, 'd-bd-h1a', '2022-06-18T08:00:00+07:00', { outcome: 'met', latestSendAt: '2022-06-18T08:00:00+07:00' }, pack),
    distributed(X.h1, 'd-bd-h1b', '2022-06-17T14:00:00+07:00', { outcome: 'met', latestSendAt: '2022-06-18T08:00:00+07:00' }, pack),
    absenceRequested(X.h1, M.ca, '2022-06-16'),
    absenceDecided(X.h1, M.ca, 'approved', M.chair, 'presiding-person', pack, '2022-06-17'),
    absenceRequested(X.h1, M.vp, '2022-06-16'),
    absenceDecided(X.h1, M.vp, 'approved', M.chair, 'presiding-person', pack, '2022-06-17'),
    delegateNamed(X.h1, M.vp, 'a-bd-vp', null, pack, '2022-06-17'),
    held(X.h1, '2022-06-20T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.ca]: 'absent-approved', [M.vp]: 'delegate' }),
    itemAssigned(X.h1, 'bd-1', 'a-bd-stttt', '2022-06-20', '2022-07-31'),
    itemAssigned(X.h1, 'bd-2', 'a-bd-vp', '2022-06-20', '2022-09-30'),
    itemExtended(X.h1, 'bd-1', '2022-08-31', '2022-07-31', M.chair, '2022-07-25'),
    itemDone(X.h1, 'bd-1', '2022-08-20'),
    // the working group (Tổ thư ký), Monday 12/9 14:00: its document went out on paper only, not electronically
    scheduled({ meetingId: X.workingGroup, kind: 'working-group', period: null, startsAt: '2022-09-12T14:00:00+07:00', invitees: [invitees[1], invitees[3]], presidedBy: M.vice, regulation, article: articleOf(pack, 'meetings.workingGroup') }),
    distributed(X.workingGroup, 'd-bd-wg', '2022-09-08T09:00:00+07:00', { outcome: 'missed', latestSendAt: '2022-09-10T14:00:00+07:00' }, pack, 'paper'),
    held(X.workingGroup, '2022-09-12T14:05:00+07:00', M.vice, { [M.vice]: 'present', [M.vp]: 'present' }),
    // H2, Monday 26/12 08:00: one document on Friday 23/12 08:00 (72 hours), the other on Sunday 25/12 09:00 (23 hours)
    plenary(X.h2, '2022-H2', '2022-12-26T08:00:00+07:00'),
    distributed(X.h2, 'd-bd-h2a', '2022-12-23T08:00:00+07:00', { outcome: 'met', latestSendAt: '2022-12-24T08:00:00+07:00' }, pack),
    distributed(X.h2, 'd-bd-h2b', '2022-12-25T09:00:00+07:00', { outcome: 'missed', latestSendAt: '2022-12-24T08:00:00+07:00' }, pack),
    absenceRequested(X.h2, M.ca, '2022-12-22'),
    absenceDecided(X.h2, M.ca, 'refused', M.chair, 'presiding-person', pack, '2022-12-23'),
    absenceRequested(X.h2, M.vp, '2022-12-22'),
    held(X.h2, '2022-12-26T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.ca]: 'absent-unapproved', [M.vp]: 'absent-unapproved' }),
  ]);
}

// ---- Phú Thọ 2022 (QĐ 1344/QĐ-BCĐCĐS), 2023: plenaries every 6 months (Điều 9.1), no lead time for documents, absences
// with the chair's consent (Điều 9.2) or the presiding person's (Điều 6.5), a written opinion from a member who delegates (Điều 6.5).
export const PT = {
  adoptionId: 'adoption-pt-2022',
  regulation: { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18' },
  members: { chair: 'm-pt-chair', vice: 'm-pt-vice', standing: 'm-pt-standing', ca: 'm-pt-ca', stc: 'm-pt-stc' },
  meetings: { h1: 'pt-2023-h1', h2: 'pt-2023-h2' },
} as const;

export function phuThoHistory(): IdentifiedEvent[] {
  const { members: M, meetings: X, regulation } = PT;
  const pack = phuTho2022;
  const invitees: Invitee[] = [
    { memberId: M.chair, role: 'chair', agencyId: 'a-pt-ubnd' },
    { memberId: M.vice, role: 'vice-chair', agencyId: 'a-pt-ubnd' },
    { memberId: M.standing, role: 'standing-member', agencyId: 'a-pt-stttt' },
    { memberId: M.ca, role: 'member', agencyId: 'a-pt-ca' },
    { memberId: M.stc, role: 'member', agencyId: 'a-pt-stc' },
  ];
  const plenary = (meetingId: string, period: string, startsAt: string, presidedBy: string) => scheduled({ meetingId, kind: 'plenary', period, startsAt, invitees, presidedBy, regulation, article: articleOf(pack, 'meetings.plenary') });
  return identified('pt', [
    ...tenantSetUp({
      adoptionId: PT.adoptionId, pack, regulation, signedOn: '2022-05-18', supersedes: '1025/QĐ-BCĐXDCQĐT', committeeId: 'committee-pt', committee: 'Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ',
      decision: { number: '1100/QĐ-UBND', date: '2022-05-10' }, members: invitees,
      agencies: [['a-pt-ubnd', 'Ủy ban nhân dân tỉnh Phú Thọ', 'people-committee'], ['a-pt-stttt', 'Sở Thông tin và Truyền thông', 'department'], ['a-pt-ca', 'Công an tỉnh', 'central-agency-branch'], ['a-pt-stc', 'Sở Tài chính', 'department']],
    }),
    // H1, Thursday 15/6, the chair presiding: two delegates with the chair's consent, one without the written opinion
    plenary(X.h1, '2023-H1', '2023-06-15T08:00:00+07:00', M.chair),
    distributed(X.h1, 'd-pt-h1', '2023-06-14T08:00:00+07:00', { outcome: 'no-rule' }, pack),
    absenceRequested(X.h1, M.ca, '2023-06-12'),
    absenceDecided(X.h1, M.ca, 'approved', M.chair, 'chair', pack, '2023-06-13'),
    delegateNamed(X.h1, M.ca, 'a-pt-ca', 'Công văn 45/CAT-PV01', pack, '2023-06-13'),
    absenceRequested(X.h1, M.stc, '2023-06-12'),
    absenceDecided(X.h1, M.stc, 'approved', M.chair, 'chair', pack, '2023-06-13'),
    delegateNamed(X.h1, M.stc, 'a-pt-stc', null, pack, '2023-06-14'),
    held(X.h1, '2023-06-15T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.vice]: 'present', [M.standing]: 'present', [M.ca]: 'delegate', [M.stc]: 'delegate' }),
    itemAssigned(X.h1, 'pt-1', 'a-pt-stttt', '2023-06-15', '2023-09-30'),
    itemAssigned(X.h1, 'pt-2', 'a-pt-ca', '2023-06-15', '2023-10-31'),
    itemAssigned(X.h1, 'pt-4', 'a-pt-stc', '2023-06-15', '2023-12-15'),
    itemAssigned(X.h1, 'pt-5', 'a-pt-stc', '2023-06-15', '2023-11-30'),
    itemDone(X.h1, 'pt-1', '2023-09-29'),
    itemDone(X.h1, 'pt-2', '2023-11-15'),
    // H2, Wednesday 20/12, the vice chair presiding (the chair away, Điều 4.1): absences consented by the one presiding
    plenary(X.h2, '2023-H2', '2023-12-20T08:00:00+07:00', M.vice),
    absenceRequested(X.h2, M.chair, '2023-12-18'),
    absenceDecided(X.h2, M.chair, 'approved', M.vice, 'presiding-person', pack, '2023-12-18'),
    absenceRequested(X.h2, M.ca, '2023-12-18'),
    absenceDecided(X.h2, M.ca, 'approved', M.vice, 'presiding-person', pack, '2023-12-19'),
    absenceRequested(X.h2, M.stc, '2023-12-18'),
    absenceDecided(X.h2, M.stc, 'approved', M.vice, 'presiding-person', pack, '2023-12-19'),
    held(X.h2, '2023-12-20T08:05:00+07:00', M.vice, { [M.chair]: 'absent-approved', [M.vice]: 'present', [M.standing]: 'present', [M.ca]: 'absent-approved', [M.stc]: 'absent-approved' }),
    itemAssigned(X.h2, 'pt-3', 'a-pt-stttt', '2023-12-20', '2024-03-31'),
    itemDone(X.h1, 'pt-4', '2023-12-28'),
  ]);
}
