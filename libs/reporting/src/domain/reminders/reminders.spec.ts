// Given/when/then for the "what needs doing" list (issue 12 §5): reports due within the horizon and overdue,
// and the meetings context's follow-up folded from its published events — written opinions not given by the
// deadline, documents of a coming meeting (KG 2008 Điều 11, BĐ 2021 Điều 10.1c), overdue action items.
import { LocalDate, vietnamCalendar } from '@bcd/calendar';
import { MEETINGS_EVENT_DATA } from '@bcd/contracts';
import { adoptionOf, builtInPack } from '@bcd/regulation';
import { emptyFollowUp, evolveFollowUp, reminders, type FollowUp, type OutstandingObligation } from './reminders.js';

const d = (value: string) => LocalDate.parse(value);
const agency = (n: number) => `01960000-0000-7000-8000-${String(300 + n).padStart(12, '0')}`;
const member = (n: number) => `01960000-0000-7000-8000-${String(500 + n).padStart(12, '0')}`;
const kienGiang = [adoptionOf(builtInPack('kien-giang-2008'))];
const binhDinh = [adoptionOf(builtInPack('binh-dinh-2021'), { effectiveFrom: d('2021-03-15') })];
const regulation = { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: '2008-07-01' };

type MeetingsEvent = { [K in keyof typeof MEETINGS_EVENT_DATA]: { type: K; data: unknown } }[keyof typeof MEETINGS_EVENT_DATA];

/** Folds events as the reminders query does, each validated by the published contract first. */
function followUpOf(events: MeetingsEvent[]): FollowUp {
  return events.reduce((state, e) => evolveFollowUp(state, e.type, MEETINGS_EVENT_DATA[e.type].parse(e.data)), emptyFollowUp());
}

const participant = (n: number) => ({ memberId: member(n), personId: member(n), role: 'member', agencyId: agency(n) });
const scheduled = (meetingId: string, scheduledOn: string, startsAt: string, kind = 'plenary'): MeetingsEvent => ({
  type: 'MeetingScheduled',
  data: {
    meetingId,
    kind,
    period: null,
    scheduledOn,
    startsAt,
    place: 'Phòng họp số 1',
    onlineLink: null,
    agenda: [],
    invitees: [participant(1)],
    guests: [],
    presidedBy: member(1),
    convenedBy: { memberId: member(1), role: 'chair' },
    proposedBy: null,
    regulation,
    article: 'Điều 9',
  },
});

const obligation = (n: number, dueDate: string, outstanding = true): OutstandingObligation => ({
  obligationId: `obligation-${n}`,
  reporter: { kind: 'agency', agencyId: agency(n) },
  period: '2019-Q3',
  subject: null,
  dueDate: d(dueDate),
  outstanding,
});

const list = (asOf: string, input: { obligations?: OutstandingObligation[]; followUp?: FollowUp; horizonDays?: number; adoptions?: typeof kienGiang }) =>
  reminders({
    asOf: d(asOf),
    horizonDays: input.horizonDays ?? 7,
    obligations: input.obligations ?? [],
    followUp: input.followUp ?? emptyFollowUp(),
    adoptions: input.adoptions ?? kienGiang,
    calendar: vietnamCalendar,
  });

describe('reminders: reports', () => {
  it('lists a report due within the horizon as due soon and one past its effective date as overdue; sent ones and those beyond the horizon not at all', () => {
    const result = list('2019-09-10', {
      horizonDays: 7,
      obligations: [obligation(1, '2019-09-16'), obligation(2, '2019-09-09'), obligation(3, '2019-09-16', false), obligation(4, '2019-09-18')],
    });
    expect(result.map((r) => [r.kind, r.ref, r.dueOn, r.agencyId])).toEqual([
      ['report-overdue', 'obligation-2', '2019-09-09', agency(2)],
      ['report-due-soon', 'obligation-1', '2019-09-16', agency(1)],
    ]);
    expect(result[0].text).toBe('báo cáo kỳ 2019-Q3');
  });

  it('is due soon on its own due day, and overdue the day after', () => {
    expect(list('2019-09-16', { obligations: [obligation(1, '2019-09-16')] })[0].kind).toBe('report-due-soon');
    expect(list('2019-09-17', { obligations: [obligation(1, '2019-09-16')] })[0].kind).toBe('report-overdue');
  });

  it('names the committee\'s own reports by no agency, and an ad hoc report by its subject', () => {
    const own: OutstandingObligation = { obligationId: 'activity', reporter: { kind: 'committee', body: 'working-group' }, period: null, subject: 'Báo cáo đột xuất về an toàn thông tin', dueDate: d('2019-09-12'), outstanding: true };
    expect(list('2019-09-10', { obligations: [own] })).toEqual([
      { kind: 'report-due-soon', dueOn: '2019-09-12', agencyId: null, memberId: null, ref: 'activity', text: 'Báo cáo đột xuất về an toàn thông tin' },
    ]);
  });
});

describe('reminders: the meetings\' follow-up', () => {
  const consultation = (answers: number[], closed = false): MeetingsEvent[] => [
    {
      type: 'ConsultationStarted',
      data: {
        consultationId: 'consultation-1',
        question: 'Dự thảo Kế hoạch chuyển đổi số năm 2020',
        recipients: [member(1), member(2), member(3)],
        startedOn: '2019-09-02',
        deadlineOn: '2019-09-06',
        requestedBy: { memberId: member(9), role: 'chair' },
        regulation,
        article: 'Điều 10',
      },
    },
    ...answers.map((n): MeetingsEvent => ({ type: 'OpinionReceived', data: { consultationId: 'consultation-1', memberId: member(n), receivedOn: '2019-09-05', reference: `${n}/CV`, summary: 'Nhất trí', late: false } })),
    ...(closed ? [{ type: 'ConsultationClosed', data: { consultationId: 'consultation-1', closedOn: '2019-09-09', outcome: 'Thông qua' } } as MeetingsEvent] : []),
  ];

  it('lists, once the deadline has passed, each member asked for a written opinion who has not given it', () => {
    const followUp = followUpOf(consultation([2]));
    expect(list('2019-09-06', { followUp })).toEqual([]);
    expect(list('2019-09-07', { followUp }).map((r) => [r.kind, r.memberId, r.dueOn])).toEqual([
      ['opinion-overdue', member(1), '2019-09-06'],
      ['opinion-overdue', member(3), '2019-09-06'],
    ]);
    expect(list('2019-09-07', { followUp })[0].text).toBe('ý kiến bằng văn bản: Dự thảo Kế hoạch chuyển đổi số năm 2020');
  });

  it('stops asking once the consultation is closed', () => {
    expect(list('2019-09-10', { followUp: followUpOf(consultation([2], true)) })).toEqual([]);
  });

  it('lists the documents of a periodic meeting whose last day to send (KG 2008 Điều 11: 3 working days, the sending and meeting days left out) falls within the horizon', () => {
    // Thursday 19/9/2019: the working days between are Mon 16, Tue 17, Wed 18, so the documents go out by Sunday 15/9.
    const followUp = followUpOf([scheduled('meeting-1', '2019-09-19', '2019-09-19T01:00:00.000Z')]);
    expect(list('2019-09-05', { followUp, horizonDays: 7 })).toEqual([]);
    expect(list('2019-09-09', { followUp, horizonDays: 7 })).toEqual([
      { kind: 'documents-due', dueOn: '2019-09-15', agencyId: null, memberId: null, ref: 'meeting-1', text: 'gửi tài liệu cuộc họp ngày 2019-09-19' },
    ]);
    // Once documents went out, or the meeting was held or cancelled, there is nothing to send.
    const distributed = followUpOf([
      scheduled('meeting-1', '2019-09-19', '2019-09-19T01:00:00.000Z'),
      { type: 'DocumentDistributed', data: { meetingId: 'meeting-1', documentId: 'doc-1', title: 'Báo cáo', agendaItemId: null, contentHash: 'a'.repeat(64), sizeBytes: 10, channel: 'electronic', sentAt: '2019-09-12T02:00:00.000Z', leadTime: { outcome: 'met', latestSendDate: '2019-09-15', latestSendAt: null, flag: null } } },
    ]);
    expect(list('2019-09-09', { followUp: distributed })).toEqual([]);
    const cancelled = followUpOf([scheduled('meeting-1', '2019-09-19', '2019-09-19T01:00:00.000Z'), { type: 'MeetingCancelled', data: { meetingId: 'meeting-1', reason: 'Trùng lịch' } }]);
    expect(list('2019-09-09', { followUp: cancelled })).toEqual([]);
  });

  it('follows a rescheduled meeting to its new date, and leaves out meetings the rule does not cover (KG 2008: periodic meetings only)', () => {
    const moved = followUpOf([
      scheduled('meeting-1', '2019-09-19', '2019-09-19T01:00:00.000Z'),
      { type: 'MeetingRescheduled', data: { meetingId: 'meeting-1', scheduledOn: '2019-10-03', startsAt: '2019-10-03T01:00:00.000Z', place: null, onlineLink: null, reason: 'Trưởng ban đi công tác', regulation } },
    ]);
    expect(list('2019-09-09', { followUp: moved })).toEqual([]);
    expect(list('2019-09-23', { followUp: moved }).map((r) => r.dueOn)).toEqual(['2019-09-29']);
    expect(list('2019-09-09', { followUp: followUpOf([scheduled('meeting-2', '2019-09-19', '2019-09-19T01:00:00.000Z', 'extraordinary')]) })).toEqual([]);
  });

  it('counts Bình Định 2021\'s 48 clock hours (Điều 10.1c): a Monday 08:00 meeting\'s documents go out by Saturday 08:00', () => {
    const followUp = followUpOf([scheduled('meeting-3', '2024-03-18', '2024-03-18T01:00:00.000Z', 'extraordinary')]);
    expect(list('2024-03-12', { followUp, adoptions: binhDinh }).map((r) => [r.kind, r.dueOn])).toEqual([['documents-due', '2024-03-16']]);
  });

  it('lists an action item past its due date and not done under its owner agency; an extension or completion takes it off', () => {
    const assigned: MeetingsEvent = {
      type: 'ActionItemAssigned',
      data: { meetingId: 'meeting-1', itemId: 'item-1', conclusionId: null, ownerAgencyId: agency(4), description: 'Triển khai hệ thống một cửa điện tử', assignedOn: '2019-06-20', dueOn: '2019-08-31' },
    };
    expect(list('2019-09-02', { followUp: followUpOf([assigned]) })).toEqual([
      { kind: 'action-item-overdue', dueOn: '2019-08-31', agencyId: agency(4), memberId: null, ref: 'item-1', text: 'Triển khai hệ thống một cửa điện tử' },
    ]);
    const done: MeetingsEvent = { type: 'ActionItemDone', data: { meetingId: 'meeting-1', itemId: 'item-1', doneOn: '2019-09-01' } };
    expect(list('2019-09-02', { followUp: followUpOf([assigned, done]) })).toEqual([]);
    const extended: MeetingsEvent = {
      type: 'ActionItemExtended',
      data: { meetingId: 'meeting-1', itemId: 'item-1', dueOn: '2019-09-30', previousDueOn: '2019-08-31', approvedBy: member(9), approvedOn: '2019-08-28', reason: 'Chờ kinh phí' },
    };
    expect(list('2019-09-02', { followUp: followUpOf([assigned, extended]) })).toEqual([]);
  });

  it('sorts one list by due date across kinds', () => {
    const followUp = followUpOf([...consultation([1, 2]), scheduled('meeting-1', '2019-09-19', '2019-09-19T01:00:00.000Z')]);
    const result = list('2019-09-10', { followUp, obligations: [obligation(1, '2019-09-13'), obligation(2, '2019-09-02')] });
    expect(result.map((r) => [r.dueOn, r.kind])).toEqual([
      ['2019-09-02', 'report-overdue'],
      ['2019-09-06', 'opinion-overdue'],
      ['2019-09-13', 'report-due-soon'],
      ['2019-09-15', 'documents-due'],
    ]);
  });
});
