// Written consultation (xin ý kiến bằng văn bản): where a meeting cannot be held, the regulation may let
// the chair ask the members for their written opinions instead (Kiên Giang 2008 Điều 10: "Trường hợp không
// tổ chức được phiên họp, Trưởng ban có thể yêu cầu … cho ý kiến bằng văn bản"). A question to recipients
// with a deadline; opinions, on time or late (recorded either way); closed with an outcome. Stream
// `meetings-consultation-<tenant>-<consultationId>`. Who has not answered: `unanswered`.
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { deciderOf, defineAggregate, type Command, type CommandOf, type DomainEvent } from '@bcd/kernel';
import { ruleRef, type RegulationSpan } from '@bcd/regulation';
import type { ConsultationClosedData, ConsultationStartedData, OpinionReceivedData, ParticipantData } from '@bcd/contracts';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { holds, inForce, regulationRef } from '../facts.js';

export type ConsultationStarted = DomainEvent<'ConsultationStarted', ConsultationStartedData>;
export type OpinionReceived = DomainEvent<'OpinionReceived', OpinionReceivedData>;
export type ConsultationClosed = DomainEvent<'ConsultationClosed', ConsultationClosedData>;
export type ConsultationEvent = ConsultationStarted | OpinionReceived | ConsultationClosed;

export type ConsultationState =
  | { status: 'none' }
  | { status: 'open' | 'closed'; consultationId: string; recipients: readonly string[]; deadlineOn: LocalDate; startedOn: LocalDate; answered: Readonly<Record<string, LocalDate>> };

export type StartConsultation = Command<
  'StartConsultation',
  {
    consultationId: string;
    question: string;
    /** The roster on `startedOn`: the recipients and the requester are checked against it. */
    roster: ParticipantData[];
    recipients: string[];
    startedOn: LocalDate;
    deadlineOn: LocalDate;
    requestedBy: string;
    regulation: RegulationSpan | undefined;
  }
>;
export type ReceiveOpinion = Command<'ReceiveOpinion', { consultationId: string; memberId: string; receivedOn: LocalDate; reference: string; summary: string }>;
export type CloseConsultation = Command<'CloseConsultation', { consultationId: string; closedOn: LocalDate; outcome: string }>;

export const initialState = (): ConsultationState => ({ status: 'none' });

export function evolve(state: ConsultationState, event: ConsultationEvent): ConsultationState {
  switch (event.type) {
    case 'ConsultationStarted': {
      const { consultationId, recipients, deadlineOn, startedOn } = event.data;
      return { status: 'open', consultationId, recipients, deadlineOn, startedOn, answered: {} };
    }
    case 'OpinionReceived':
      return state.status === 'none' ? state : { ...state, answered: { ...state.answered, [event.data.memberId]: event.data.receivedOn } };
    case 'ConsultationClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export function start(command: StartConsultation, state: ConsultationState): ConsultationEvent[] {
  const { consultationId, question, roster, recipients, startedOn, deadlineOn, requestedBy } = command.data;
  if (state.status !== 'none') throw refuse(Rules.consultation, `Consultation ${consultationId} is already started.`);
  const regulation = inForce(command.data.regulation, startedOn);
  const { pack } = regulation.adoption;
  const path = 'meetings.writtenConsultation';
  const rule = pack.meetings.writtenConsultation;
  const requester = roster.find((p) => p.memberId === requestedBy);
  if (!requester) throw refuse(Rules.onRoster, `The requester, member ${requestedBy}, is not on the roster on ${startedOn}.`);
  if (rule.kind === 'none') throw refuseByRegulation(pack, path, `${pack.title} provides no written consultation in place of a meeting.`);
  if (!holds(pack, requester.role, rule.requestedBy)) {
    throw refuseByRegulation(pack, path, `Written opinions are asked for by the ${rule.requestedBy}; member ${requestedBy} is ${requester.role}.`);
  }
  const strangers = recipients.filter((r) => !roster.some((p) => p.memberId === r));
  if (strangers.length > 0) throw refuse(Rules.onRoster, `Recipient(s) ${strangers.join(', ')} are not on the roster on ${startedOn}.`);
  if (new Set(recipients).size !== recipients.length) throw refuse(Rules.consultation, 'A recipient is named twice.');
  if (deadlineOn < startedOn) throw refuse(Rules.consultation, `The deadline (${deadlineOn}) comes before the question was asked (${startedOn}).`);
  const article = ruleRef(pack, path)?.article ?? path;
  return [
    {
      type: 'ConsultationStarted',
      data: { consultationId, question, recipients, startedOn, deadlineOn, requestedBy: { memberId: requester.memberId, role: requester.role }, regulation: regulationRef(regulation), article },
    },
  ];
}

export function receiveOpinion(command: ReceiveOpinion, state: ConsultationState): ConsultationEvent[] {
  const { consultationId, memberId, receivedOn, reference, summary } = command.data;
  const open = opened(state, consultationId);
  if (!open.recipients.includes(memberId)) throw refuse(Rules.consultation, `Member ${memberId} was not asked in consultation ${consultationId}.`);
  if (open.answered[memberId] !== undefined) throw refuse(Rules.consultation, `Member ${memberId} already answered on ${open.answered[memberId]}.`);
  if (receivedOn < open.startedOn) throw refuse(Rules.consultation, `An opinion received on ${receivedOn} comes before the question (${open.startedOn}).`);
  return [{ type: 'OpinionReceived', data: { consultationId, memberId, receivedOn, reference, summary, late: receivedOn > open.deadlineOn } }];
}

export function close(command: CloseConsultation, state: ConsultationState): ConsultationEvent[] {
  const { consultationId, closedOn, outcome } = command.data;
  if (state.status === 'closed') return [];
  const open = opened(state, consultationId);
  if (closedOn < open.startedOn) throw refuse(Rules.consultation, `Closed on ${closedOn}, before the question was asked (${open.startedOn}).`);
  return [{ type: 'ConsultationClosed', data: { consultationId, closedOn, outcome } }];
}

/** The recipients who had not answered by `asOf`, and whether the deadline has passed for them. */
export function unanswered(state: ConsultationState, asOf: LocalDate): { memberId: string; overdue: boolean }[] {
  if (state.status === 'none') return [];
  return state.recipients
    .filter((r) => state.answered[r] === undefined || state.answered[r] > asOf)
    .map((memberId) => ({ memberId, overdue: asOf > state.deadlineOn }));
}

function opened(state: ConsultationState, consultationId: string): Extract<ConsultationState, { status: 'open' | 'closed' }> {
  if (state.status === 'none') throw refuse(Rules.consultation, `Consultation ${consultationId} was not started.`);
  if (state.status === 'closed') throw refuse(Rules.consultation, `Consultation ${consultationId} is closed.`);
  return state;
}

export const consultationDecider = deciderOf({ initialState, evolve, decide: { StartConsultation: start, ReceiveOpinion: receiveOpinion, CloseConsultation: close } });
export type ConsultationCommand = CommandOf<typeof consultationDecider>;
export const consultationStream = (tenant: string, consultationId: string): string => `meetings-consultation-${tenant}-${consultationId}`;

/** Business time: the day the question was asked, the opinion received, the consultation closed (Vietnam). */
export const consultationAggregate = defineAggregate({
  name: 'consultation',
  namespace: 'meetings',
  decider: consultationDecider,
  streamId: consultationStream,
  occurredAt: (command: ConsultationCommand) =>
    vietnamInstant(command.type === 'StartConsultation' ? command.data.startedOn : command.type === 'ReceiveOpinion' ? command.data.receivedOn : command.data.closedOn),
});
