// Examples the meeting specs share: the seed regulations in force with their spans, a committee roster,
// and builders for the commands and the events they give.
import { LocalDate, parseInstant } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import { adoptionOf, builtInPack, spanOf, type RegulationSpan } from '@bcd/regulation';
import type { MeetingKind, MemberRole, ParticipantData } from '@bcd/contracts';
import { meetingDecider } from './meeting.decider.js';
import type { MeetingEvent, MeetingState } from './meeting.js';
import type { ScheduleMeeting } from './scheduling.js';

export const now = new Date('2025-07-01T03:00:00.000Z');
export const d = (value: string) => LocalDate.parse(value);
export const at = (value: string) => parseInstant(value);
export const spec = DeciderSpecification.for(meetingDecider);

const thanhHoa = [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })];
const single = (id: string, effectiveFrom?: LocalDate): RegulationSpan => {
  const adoption = adoptionOf(builtInPack(id), effectiveFrom ? { effectiveFrom } : {});
  return spanOf([adoption], adoption);
};
export const kg2008 = single('kien-giang-2008');
export const th2014 = spanOf(thanhHoa, thanhHoa[0]);
export const th2018 = spanOf(thanhHoa, thanhHoa[1]);
export const bd2021 = single('binh-dinh-2021', d('2021-03-15'));
export const pt2022 = single('phu-tho-2022');

export const meetingId = '01960000-0000-7000-8000-00000000aa01';
export const id = (n: number) => `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const member = (n: number, role: MemberRole): ParticipantData => ({ memberId: id(100 + n), personId: id(200 + n), role, agencyId: id(300 + n) });
/** The roster on the meeting's date: chair, standing vice chair, vice chair, standing member, two members. */
export const chair = member(1, 'chair');
export const standingViceChair = member(2, 'standing-vice-chair');
export const viceChair = member(3, 'vice-chair');
export const standingMember = member(4, 'standing-member');
export const memberA = member(5, 'member');
export const memberB = member(6, 'member');
export const roster = [chair, standingViceChair, viceChair, standingMember, memberA, memberB];

export const scheduleCommand = (overrides: Partial<ScheduleMeeting['data']> = {}): ScheduleMeeting => ({
  type: 'ScheduleMeeting',
  data: {
    meetingId,
    kind: 'plenary' as MeetingKind,
    period: null,
    scheduledOn: d('2019-09-20'),
    startsAt: at('2019-09-20T08:00:00+07:00'),
    place: 'Hội trường UBND tỉnh',
    onlineLink: null,
    agenda: [{ itemId: id(900), title: 'Kết quả xây dựng Chính quyền điện tử quý III', presenterAgencyId: standingMember.agencyId, plannedMinutes: 30 }],
    roster,
    guests: [],
    presidedBy: chair.memberId,
    convenedBy: chair.memberId,
    proposedBy: null,
    regulation: th2018,
    ...overrides,
  },
  metadata: { now },
});

/** The events a successful scheduling gives (the decider's own answer), to use as `given`. */
export function scheduled(overrides: Partial<ScheduleMeeting['data']> = {}): MeetingEvent[] {
  return meetingDecider.decide(scheduleCommand(overrides), meetingDecider.initialState()) as MeetingEvent[];
}

export const stateOf = (events: MeetingEvent[]): MeetingState => events.reduce(meetingDecider.evolve, meetingDecider.initialState());
