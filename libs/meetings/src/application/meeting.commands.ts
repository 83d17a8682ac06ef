// Meeting commands, on the meeting's stream. The handler reads what the decider needs from elsewhere
// (MeetingFacts: the roster and the regulation in force on the meeting's date, the tenant's calendar, the
// member the caller is, names) and builds the domain command; the kit's runner makes the time and the new
// ids (the meeting, its agenda items, documents, conclusions, action items), decides and appends. Who acts
// for whom is settled here, before the domain judges the rule: a member asks for their own absence and names
// their own delegate (the secretariat records either for anyone); an absence is decided, and an action
// item's due date extended, by the member the caller's account is linked to — the decider then checks that
// member is the one the regulation names.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { Forbidden, NotFound, ValidationFailed, type CommandInput } from '@bcd/kernel';
import type { AgendaItemData, DOCUMENT_CHANNELS, GuestData, MeetingKind } from '@bcd/contracts';
import type { Role } from '@bcd/regulation';
import { CommandRunner, ReadModelDatabase } from '@bcd/service-host';
import { meetingAggregate, type MeetingCommand } from '../domain/meeting/meeting.decider.js';
import type { MeetingState, ScheduledMeeting } from '../domain/meeting/meeting.js';
import type { MeetingView } from '../read-model/meeting.view.js';
import { meetingOf } from '../read-model/meetings.query.js';
import { MeetingFacts, participant } from './facts.js';
import { MeetingFiles } from './files.js';

type AttendanceEntry = { memberId: string; attended: 'in-person' | 'through-delegate' | 'absent'; arrivedLate: boolean; leftEarly: boolean };

export type MeetingRequest =
  | {
      type: 'ScheduleMeeting';
      kind: MeetingKind;
      period: string | null;
      scheduledOn: LocalDate;
      startsAt: Date;
      place: string | null;
      onlineLink: string | null;
      agenda: Omit<AgendaItemData, 'itemId'>[];
      guests: GuestData[];
      presidedBy: string;
      convenedBy: string;
      proposedBy: { role: Role; memberId: string | null } | null;
      committeeId: string | null;
    }
  | { type: 'RescheduleMeeting'; scheduledOn: LocalDate; startsAt: Date; place: string | null; onlineLink: string | null; reason: string }
  | { type: 'CancelMeeting'; reason: string }
  | { type: 'DistributeDocument'; title: string; agendaItemId: string | null; contentHash: string; channel: (typeof DOCUMENT_CHANNELS)[number]; sentAt: Date }
  | { type: 'RequestAbsence'; memberId: string; reason: string }
  | { type: 'DecideAbsence'; memberId: string; decision: 'approved' | 'refused' }
  | { type: 'NameDelegate'; memberId: string; delegate: { personId: string; agencyId: string }; writtenOpinion: { reference: string } | null }
  | { type: 'HoldMeeting'; heldAt: Date; endedAt: Date | null; presidedBy: string; attendance: AttendanceEntry[] }
  | { type: 'IssueMeetingDocument'; document: 'notice' | 'minutes'; number: string; signedBy: string; signedAt: Date; assignment: { reference: string } | null }
  | { type: 'RecordConclusion'; text: string }
  | { type: 'AssignActionItem'; conclusionId: string | null; ownerAgencyId: string; description: string; assignedOn: LocalDate; dueOn: LocalDate }
  | { type: 'NoteProgress'; itemId: string; note: string; notedOn: LocalDate }
  | { type: 'CompleteActionItem'; itemId: string; doneOn: LocalDate }
  | { type: 'ExtendActionItem'; itemId: string; dueOn: LocalDate; reason: string; approvedOn: LocalDate };

/** A change of a meeting (`meetingId` undefined: schedule a new one); answers the meeting as it now reads. */
export class ChangeMeeting extends Command<MeetingView> {
  constructor(
    readonly tenant: string,
    readonly meetingId: string | undefined,
    readonly request: MeetingRequest,
    /** If-Match: the meeting's version. */
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeMeeting)
export class MeetingCommands implements ICommandHandler<ChangeMeeting> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MeetingFacts,
    private readonly files: MeetingFiles,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, meetingId, request, expected }: ChangeMeeting): Promise<MeetingView> {
    if (meetingId === undefined && request.type !== 'ScheduleMeeting') throw new NotFound('Meeting');
    const { id } = await this.runner.run(meetingAggregate, { tenantId: tenant, id: meetingId, expectedVersion: expected }, async ({ id: current, newId }) => {
      if (request.type === 'ScheduleMeeting') return this.schedule(tenant, current, request, newId);
      const { state } = await this.runner.load(meetingAggregate, tenant, current);
      return this.change(tenant, current, scheduled(state, current), request, newId);
    });
    return this.db.read((tx) => meetingOf(tx, tenant, id));
  }

  private async schedule(tenant: string, meetingId: string, request: Extract<MeetingRequest, { type: 'ScheduleMeeting' }>, newId: () => string): Promise<CommandInput<MeetingCommand>> {
    const { type, committeeId, agenda, ...rest } = request;
    const [seats, regulation] = await Promise.all([this.facts.seats(tenant, request.scheduledOn, committeeId ?? undefined), this.facts.regulation(tenant, request.scheduledOn)]);
    if (new Set(seats.map((s) => s.committeeId)).size > 1) {
      throw new ValidationFailed([{ path: 'committeeId', message: 'must name the committee: more than one committee of this province has members on that date' }]);
    }
    return { type, data: { ...rest, meetingId, agenda: agenda.map((item) => ({ itemId: newId(), ...item })), roster: seats.map(participant), regulation } };
  }

  private async change(tenant: string, meetingId: string, meeting: ScheduledMeeting, request: Exclude<MeetingRequest, { type: 'ScheduleMeeting' }>, newId: () => string): Promise<CommandInput<MeetingCommand>> {
    const on = meeting.scheduledOn;
    switch (request.type) {
      case 'RescheduleMeeting': {
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId, regulation: await this.facts.regulation(tenant, request.scheduledOn) } };
      }
      case 'CancelMeeting':
        return { type: request.type, data: { meetingId, reason: request.reason } };
      case 'DistributeDocument': {
        const { type, ...data } = request;
        const file = await this.files.find(tenant, request.contentHash);
        if (!file) {
          throw new ValidationFailed([{ path: 'contentHash', message: `names no file of this province: upload it first (PUT /api/tenants/${tenant}/meetings/files/{contentHash})` }]);
        }
        const [regulation, calendar] = await Promise.all([this.facts.regulation(tenant, on), this.facts.calendar(tenant)]);
        return { type, data: { ...data, meetingId, documentId: newId(), sizeBytes: file.sizeBytes, regulation, calendar } };
      }
      case 'RequestAbsence': {
        await this.forThemselves(tenant, meeting, request.memberId, 'Asking to be absent');
        return { type: request.type, data: { meetingId, memberId: request.memberId, reason: request.reason } };
      }
      case 'NameDelegate': {
        await this.forThemselves(tenant, meeting, request.memberId, 'Naming a delegate');
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId, regulation: await this.facts.regulation(tenant, on) } };
      }
      case 'DecideAbsence': {
        const decider = await this.facts.callerAmong(tenant, meeting.invitees, 'Deciding an absence');
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId, decidedBy: decider.memberId, regulation: await this.facts.regulation(tenant, on) } };
      }
      case 'HoldMeeting': {
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId } };
      }
      case 'IssueMeetingDocument': {
        const { type, ...data } = request;
        const signer = meeting.invitees.find((p) => p.memberId === request.signedBy);
        const names = signer && this.facts.directory ? await this.facts.directory.agencyNames(tenant, [signer.agencyId], on) : new Map<string, string>();
        const signerAgencyName = (signer && names.get(signer.agencyId)) ?? '';
        return { type, data: { ...data, meetingId, signerAgencyName, regulation: await this.facts.regulation(tenant, on) } };
      }
      case 'RecordConclusion':
        return { type: request.type, data: { meetingId, conclusionId: newId(), text: request.text } };
      case 'AssignActionItem': {
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId, itemId: newId() } };
      }
      case 'NoteProgress': {
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId } };
      }
      case 'CompleteActionItem': {
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId } };
      }
      case 'ExtendActionItem': {
        // The chair of the day the extension is approved, whoever presided over the meeting.
        const approver = await this.facts.callerAmong(tenant, await this.facts.roster(tenant, request.approvedOn), 'Extending an action item');
        const { type, ...data } = request;
        return { type, data: { ...data, meetingId, approvedBy: { memberId: approver.memberId, role: approver.role } } };
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }

  /** A member acts for themselves only; the secretariat records for any member. */
  private async forThemselves(tenant: string, meeting: ScheduledMeeting, memberId: string, what: string): Promise<void> {
    if (this.facts.actsForRecords()) return;
    const caller = await this.facts.callerAmong(tenant, meeting.invitees, what);
    if (caller.memberId !== memberId) throw new Forbidden(`${what}: a member does this for themselves only (member ${caller.memberId}), not for member ${memberId}.`);
  }
}

/** The meeting as its stream has it; 404 when there is none (a cancelled one is refused by the decider). */
function scheduled(state: MeetingState, meetingId: string): ScheduledMeeting {
  if (state.status === 'none') throw new NotFound('Meeting', meetingId);
  return state;
}
