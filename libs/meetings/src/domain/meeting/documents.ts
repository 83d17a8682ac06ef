// Documents sent ahead of a meeting (RULES.md §2, §7): the regulation in force on the meeting's date gives
// the lead time — Kiên Giang 2008 Điều 11: 3 working days before a periodic meeting; Thanh Hóa 2014
// Điều 9.4: 5 working days; Bình Định 2021 Điều 10.1c: 48 clock hours, electronically — counted on the
// tenant's calendar as the rule says (by default neither the sending day nor the meeting day counts,
// BLDS 2015 Điều 147.2). A late distribution is recorded all the same, flagged with the rule and article.
import type { WorkingCalendar } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { checkDocumentLeadTime, formatCitation, ruleRef, type DocumentLeadTimeResult, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { DOCUMENT_CHANNELS, LeadTimeData } from '@bcd/contracts';
import { flagByRegulation, refuse, Rules } from '../rules.js';
import { open, type MeetingEvent, type MeetingState, type ScheduledMeeting } from './meeting.js';
import { inForce } from '../facts.js';

export type DistributeDocument = Command<
  'DistributeDocument',
  {
    meetingId: string;
    documentId: string;
    title: string;
    agendaItemId: string | null;
    contentHash: string;
    sizeBytes: number;
    channel: (typeof DOCUMENT_CHANNELS)[number];
    sentAt: Date;
    /** The regulation in force on the meeting's date, and the tenant's working calendar (with overrides). */
    regulation: RegulationSpan | undefined;
    calendar: WorkingCalendar;
  }
>;

export function distribute(command: DistributeDocument, state: MeetingState): MeetingEvent[] {
  const { meetingId, documentId, title, agendaItemId, contentHash, sizeBytes, channel, sentAt, calendar } = command.data;
  const meeting = open(state, meetingId);
  if (meeting.documentIds.includes(documentId)) throw refuse(Rules.document, `Document ${documentId} was already distributed for meeting ${meetingId}.`);
  if (agendaItemId !== null && !meeting.agendaItemIds.includes(agendaItemId)) {
    throw refuse(Rules.document, `Agenda item ${agendaItemId} is not on the agenda of meeting ${meetingId}.`);
  }
  const { pack } = inForce(command.data.regulation, meeting.scheduledOn).adoption;
  const leadTime = judgeLeadTime(pack, meeting, sentAt, channel, calendar);
  return [
    {
      type: 'DocumentDistributed',
      data: { meetingId, documentId, title, agendaItemId, contentHash, sizeBytes, channel, sentAt: sentAt.toISOString(), leadTime },
    },
  ];
}

/** By when the meeting's documents must go out, under the regulation in force on its date. */
export interface DocumentsDeadline {
  outcome: 'deadline' | 'no-rule' | 'tenant-decides' | 'not-applicable';
  /** Working-day rules: the last day to send (the whole day counts, Vietnam time). */
  latestSendDate: string | null;
  /** Hour rules: the last moment to send. */
  latestSendAt: string | null;
  requirement: Extract<DocumentLeadTimeResult, { outcome: 'met' | 'missed' }>['requirement'] | null;
  /** The rule id and article, and the article the counting follows. */
  rule: string | null;
  article: string | null;
  counting: string | null;
}

export function documentsDeadline(pack: RulePack, meeting: Pick<ScheduledMeeting, 'startsAt' | 'kind'>, calendar: WorkingCalendar): DocumentsDeadline {
  const meetingAt = new Date(meeting.startsAt);
  const result = checkDocumentLeadTime(pack, { meetingAt, documentsSentAt: meetingAt, periodic: isPeriodic(meeting.kind) }, calendar);
  const ref = ruleRef(pack, 'meetings.documentLeadTime');
  const none = { latestSendDate: null, latestSendAt: null, requirement: null, rule: ref?.rule ?? null, article: ref?.article ?? null, counting: null };
  if (result.outcome === 'no-rule' || result.outcome === 'tenant-decides' || result.outcome === 'not-applicable') return { outcome: result.outcome, ...none };
  return {
    outcome: 'deadline',
    latestSendDate: result.latestSendDate ?? null,
    latestSendAt: result.latestSendAt?.toISOString() ?? null,
    requirement: result.requirement,
    rule: ref?.rule ?? null,
    article: ref?.article ?? null,
    counting: result.counting ? formatCitation(result.counting) : null,
  };
}

function judgeLeadTime(pack: RulePack, meeting: ScheduledMeeting, sentAt: Date, channel: DistributeDocument['data']['channel'], calendar: WorkingCalendar): LeadTimeData {
  const result = checkDocumentLeadTime(pack, { meetingAt: new Date(meeting.startsAt), documentsSentAt: sentAt, periodic: isPeriodic(meeting.kind) }, calendar);
  if (result.outcome !== 'met' && result.outcome !== 'missed') return { outcome: result.outcome, latestSendDate: null, latestSendAt: null, flag: null };
  const latestSendDate = result.latestSendDate ?? null;
  const latestSendAt = result.latestSendAt?.toISOString() ?? null;
  const rule = pack.meetings.documentLeadTime;
  const paperOnly = rule.kind !== 'none' && rule.kind !== 'tenant-decides' && rule.channel === 'electronic' && channel === 'paper';
  if (result.outcome === 'met' && !paperOnly) return { outcome: 'met', latestSendDate, latestSendAt, flag: null };
  const why =
    result.outcome === 'missed'
      ? `sent ${sentAt.toISOString()}, after the last ${latestSendDate ? `day ${latestSendDate}` : `moment ${latestSendAt}`}`
      : 'sent on paper only: the regulation asks for electronic documents';
  return { outcome: 'missed', latestSendDate, latestSendAt, flag: flagByRegulation(pack, 'meetings.documentLeadTime', `Documents for meeting ${meeting.meetingId} ${why}.`) };
}

function isPeriodic(kind: ScheduledMeeting['kind']): boolean {
  return kind === 'plenary' || kind === 'standing-board' || kind === 'working-group';
}
