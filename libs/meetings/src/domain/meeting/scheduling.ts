// Scheduling a meeting (RULES.md §2): its kind must be one the regulation in force on its date provides
// (Thanh Hóa 2014 alone has standing-board meetings, Điều 9.2), a required period must be of the
// regulation's cadence, an extraordinary meeting is convened by whom the regulation names and on the
// proposal of whom it names (Kiên Giang 2008 Điều 10: on the standing office's proposal; Thanh Hóa 2014
// Điều 9: the chair or the vice chair), an extended meeting is decided by the chair and is the only one
// with guests. Rescheduling keeps the reason; cancelling ends the meeting's changes.
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { formatCitation, periodsOfYear, ruleRef, type Cadence, type RegulationSpan, type Role, type RulePack } from '@bcd/regulation';
import type { AgendaItemData, GuestData, MeetingKind, ParticipantData } from '@bcd/contracts';
import { holds, inForce, regulationRef } from '../facts.js';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { open, type MeetingEvent, type MeetingState } from './meeting.js';

export type ScheduleMeeting = Command<
  'ScheduleMeeting',
  {
    meetingId: string;
    kind: MeetingKind;
    period: string | null;
    scheduledOn: LocalDate;
    startsAt: Date;
    place: string | null;
    onlineLink: string | null;
    agenda: AgendaItemData[];
    /** The roster in force on `scheduledOn` (membership's published events): the invitees. */
    roster: ParticipantData[];
    guests: GuestData[];
    presidedBy: string;
    convenedBy: string;
    proposedBy: { role: Role; memberId: string | null } | null;
    /** The regulation in force on `scheduledOn`. */
    regulation: RegulationSpan | undefined;
  }
>;
export type RescheduleMeeting = Command<
  'RescheduleMeeting',
  { meetingId: string; scheduledOn: LocalDate; startsAt: Date; place: string | null; onlineLink: string | null; reason: string; regulation: RegulationSpan | undefined }
>;
export type CancelMeeting = Command<'CancelMeeting', { meetingId: string; reason: string }>;

const PERIODIC: Record<Exclude<MeetingKind, 'extraordinary' | 'extended'>, 'plenary' | 'standingBoard' | 'workingGroup'> = {
  plenary: 'plenary',
  'standing-board': 'standingBoard',
  'working-group': 'workingGroup',
};

export function schedule(command: ScheduleMeeting, state: MeetingState): MeetingEvent[] {
  const { meetingId, kind, period, scheduledOn, startsAt, place, onlineLink, agenda, roster, guests, presidedBy, convenedBy, proposedBy } = command.data;
  if (state.status !== 'none') throw refuse(Rules.meetingExists, `Meeting ${meetingId} is already scheduled.`);
  const regulation = inForce(command.data.regulation, scheduledOn);
  const { pack } = regulation.adoption;
  checkStart(startsAt, scheduledOn);
  const convener = onRoster(roster, convenedBy, 'convener');
  onRoster(roster, presidedBy, 'presiding person');
  if (guests.length > 0 && kind !== 'extended') {
    throw refuse(Rules.guestsExtendedOnly, `Guests are invited to extended meetings only (mở rộng), not to a ${kind} meeting.`);
  }
  const path = checkKind(pack, kind, period, convener, proposedBy, roster);
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId,
        kind,
        period,
        scheduledOn,
        startsAt: startsAt.toISOString(),
        place,
        onlineLink,
        agenda,
        invitees: roster,
        guests,
        presidedBy,
        convenedBy: { memberId: convener.memberId, role: convener.role },
        proposedBy,
        regulation: regulationRef(regulation),
        article: articleOf(pack, path),
      },
    },
  ];
}

export function reschedule(command: RescheduleMeeting, state: MeetingState): MeetingEvent[] {
  const { meetingId, scheduledOn, startsAt, place, onlineLink, reason } = command.data;
  const meeting = open(state, meetingId);
  if (meeting.status === 'held') throw refuse(Rules.held, `Meeting ${meetingId} was held: it is not rescheduled.`);
  const regulation = inForce(command.data.regulation, scheduledOn);
  checkStart(startsAt, scheduledOn);
  if (meeting.scheduledOn === scheduledOn && meeting.startsAt === startsAt.toISOString()) return [];
  return [{ type: 'MeetingRescheduled', data: { meetingId, scheduledOn, startsAt: startsAt.toISOString(), place, onlineLink, reason, regulation: regulationRef(regulation) } }];
}

export function cancel(command: CancelMeeting, state: MeetingState): MeetingEvent[] {
  if (state.status === 'cancelled') return [];
  if (open(state, command.data.meetingId).status === 'held') throw refuse(Rules.held, `Meeting ${command.data.meetingId} was held: it is not cancelled.`);
  return [{ type: 'MeetingCancelled', data: { meetingId: command.data.meetingId, reason: command.data.reason } }];
}

function checkStart(startsAt: Date, scheduledOn: LocalDate): void {
  if (vietnamDateOf(startsAt) !== scheduledOn) {
    throw refuse(Rules.startOnDate, `The meeting starts at ${startsAt.toISOString()}, which is ${vietnamDateOf(startsAt)} in Vietnam, not ${scheduledOn}.`);
  }
}

function onRoster(roster: readonly ParticipantData[], memberId: string, as: string): ParticipantData {
  const member = roster.find((p) => p.memberId === memberId);
  if (!member) throw refuse(Rules.onRoster, `The ${as}, member ${memberId}, is not on the committee's roster on the meeting's date.`);
  return member;
}

/** Checks the kind against the regulation; answers the path of the rule it rests on. */
function checkKind(pack: RulePack, kind: MeetingKind, period: string | null, convener: ParticipantData, proposedBy: ScheduleMeeting['data']['proposedBy'], roster: readonly ParticipantData[]): string {
  if (kind === 'extraordinary' || kind === 'extended') {
    if (period !== null) throw refuse(Rules.period, `An ${kind} meeting fulfils no required period: leave period out.`);
  }
  if (kind === 'extraordinary') {
    const path = 'meetings.extraordinary';
    const rule = pack.meetings.extraordinary;
    if (rule.kind === 'none') throw refuseByRegulation(pack, path, `${pack.title} provides no extraordinary meetings.`);
    if (!rule.convenedBy.some((role) => holds(pack, convener.role, role))) {
      throw refuseByRegulation(pack, path, `An extraordinary meeting is convened by ${rule.convenedBy.join(' or ')}; member ${convener.memberId} is ${convener.role}.`);
    }
    if (proposedBy !== null) {
      const proposer = proposedBy.memberId === null ? undefined : roster.find((p) => p.memberId === proposedBy.memberId);
      const named = rule.onProposalOf.includes(proposedBy.role) && (proposedBy.memberId === null || (proposer !== undefined && holds(pack, proposer.role, proposedBy.role)));
      if (!named) {
        const who = rule.onProposalOf.length === 0 ? 'no one' : rule.onProposalOf.join(' or ');
        throw refuseByRegulation(pack, path, `An extraordinary meeting is proposed by ${who}, not by ${proposedBy.role}${proposedBy.memberId ? ` (member ${proposedBy.memberId})` : ''}.`);
      }
    }
    return path;
  }
  if (kind === 'extended') {
    const path = 'meetings.extended';
    const rule = pack.meetings.extended;
    if (rule.kind === 'none') throw refuseByRegulation(pack, path, `${pack.title} provides no extended meetings (họp mở rộng).`);
    if (!holds(pack, convener.role, rule.decidedBy)) {
      throw refuseByRegulation(pack, path, `An extended meeting is decided by the ${rule.decidedBy}; member ${convener.memberId} is ${convener.role}.`);
    }
    return path;
  }
  const path = `meetings.${PERIODIC[kind]}`;
  const rule = pack.meetings[PERIODIC[kind]];
  if (kind === 'standing-board' && rule.kind === 'none') {
    throw refuseByRegulation(pack, path, `${pack.title} provides no meetings of the standing board (Thường trực Ban Chỉ đạo).`);
  }
  if (period !== null) {
    if (rule.kind !== 'periodic') throw refuseByRegulation(pack, path, `${pack.title} requires no periodic ${kind} meeting: leave period out.`);
    if (!isPeriodOf(rule.cadence, period)) {
      throw refuseByRegulation(pack, path, `A ${kind} meeting is required ${rule.cadence}: "${period}" is no such period (e.g. ${periodsOfYear(rule.cadence, 2019)[0].label}).`);
    }
  }
  return path;
}

function isPeriodOf(cadence: Cadence, label: string): boolean {
  const year = Number(label.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return false;
  return periodsOfYear(cadence, year).some((p) => p.label === label);
}

/** The article the meeting rests on; the regulation as a whole where the kind has no rule of its own. */
function articleOf(pack: RulePack, path: string): string {
  return ruleRef(pack, path)?.article ?? formatCitation({ ...pack.decision.citation, article: 'Quy chế' });
}

