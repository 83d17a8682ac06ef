import { vietnamDateOf } from '@bcd/calendar';
import { binhDinh2021, checkDocumentLeadTime, kienGiang2008, phuTho2022, type RulePack } from '@bcd/regulation';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import type { IdentifiedEvent } from './kpi.js';
import { binhDinhHistory, kienGiangHistory, phuThoHistory } from './seed-histories.js';

const histories: [string, () => IdentifiedEvent[], RulePack][] = [
  ['Kiên Giang 2008', kienGiangHistory, kienGiang2008],
  ['Bình Định 2021', binhDinhHistory, binhDinh2021],
  ['Phú Thọ 2022', phuThoHistory, phuTho2022],
];
type Data = Record<string, unknown>;

describe('the seed regulations\' small histories (KPI fixtures)', () => {
  it.each(histories)('%s: every event passes its contract and is folded', (_, history) => {
    const events = history();
    const state = foldTenantState(events);
    expect(state.ignored).toBe(0);
    expect(state.folded).toBe(events.length);
    expect(state.adoptions).toHaveLength(1);
  });

  it.each(histories)('%s: each distribution records what @bcd/regulation judges for it (paper only where electronic is asked: missed)', (_, history, pack) => {
    const events = history();
    const distributions = events.filter((e) => e.type === 'meetings.DocumentDistributed').map((e) => e.data as Data);
    expect(distributions.length).toBeGreaterThan(0);
    for (const d of distributions) {
      const meeting = events.find((e) => e.type === 'meetings.MeetingScheduled' && (e.data as Data).meetingId === d.meetingId)?.data as Data;
      const judged = checkDocumentLeadTime(pack, { meetingAt: new Date(meeting.startsAt as string), documentsSentAt: new Date(d.sentAt as string), periodic: meeting.kind !== 'extraordinary' });
      const rule = pack.meetings.documentLeadTime;
      const paperOnly = rule.kind === 'hours' && rule.channel === 'electronic' && d.channel === 'paper';
      const leadTime = d.leadTime as Data;
      expect([d.documentId, leadTime.outcome]).toEqual([d.documentId, paperOnly ? 'missed' : judged.outcome]);
      if (judged.outcome === 'met' || judged.outcome === 'missed') {
        expect(leadTime.latestSendDate).toBe(judged.latestSendDate ?? null);
        expect(leadTime.latestSendAt === null ? null : new Date(leadTime.latestSendAt as string).toISOString()).toBe(judged.latestSendAt?.toISOString() ?? null);
      }
    }
  });

  it.each(histories)('%s: each meeting is held on its day and says how every invitee took part, as the meetings context records it', (_, history) => {
    const events = history();
    const of = (type: string, meetingId: unknown) => events.filter((x) => x.type === `meetings.${type}` && (x.data as Data).meetingId === meetingId).map((x) => x.data as Data);
    for (const e of events.filter((x) => x.type === 'meetings.MeetingHeld')) {
      const data = e.data as Data;
      const [meeting] = of('MeetingScheduled', data.meetingId);
      expect(vietnamDateOf(new Date(data.heldAt as string))).toBe(meeting.scheduledOn);
      const attendance = data.attendance as { memberId: string; status: string }[];
      expect(attendance.map((a) => a.memberId)).toEqual((meeting.invitees as { memberId: string }[]).map((p) => p.memberId));
      const approved = of('AbsenceDecided', data.meetingId).filter((d) => d.decision === 'approved').map((d) => d.memberId);
      const delegated = of('DelegateNamed', data.meetingId).map((d) => d.memberId);
      for (const a of attendance) {
        if (a.status === 'absent-approved') expect(approved).toContain(a.memberId);
        if (a.status === 'absent-unapproved') expect(approved).not.toContain(a.memberId);
        if (a.status === 'delegate') expect(delegated).toContain(a.memberId);
      }
    }
  });
});
