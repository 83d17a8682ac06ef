// What needs doing, as of a day (RULES.md §3, §6): reports due within the province's horizon and reports
// overdue, and from the meetings context — read only through its published events (libs/contracts) —
// written opinions not given by a consultation's deadline, documents of a coming meeting whose last day to
// send falls within the horizon, and action items overdue. One list, filtered per agency or per person;
// the same data will drive e-mail. Pure: the meetings' events are folded by `evolveFollowUp`.
import { LocalDate, vietnamDateOf, type WorkingCalendar } from '@bcd/calendar';
import { checkDocumentLeadTime, regulationInForce, type Adoption } from '@bcd/regulation';
import { MEETINGS_EVENT_DATA, type ReporterData } from '@bcd/contracts';
import type { z } from 'zod';

export type ReminderKind = 'report-due-soon' | 'report-overdue' | 'opinion-overdue' | 'documents-due' | 'action-item-overdue';

export interface Reminder {
  kind: ReminderKind;
  /** The day it is (was) due. */
  dueOn: LocalDate;
  /** Whose it is: an agency, a member, or the secretariat (null: the committee's own records). */
  agencyId: string | null;
  memberId: string | null;
  /** What it is about, for the list: the obligation, meeting, consultation or item id. */
  ref: string;
  text: string;
}

// ---- the meetings' follow-up, folded from their published events ----

type Data<K extends keyof typeof MEETINGS_EVENT_DATA> = z.infer<(typeof MEETINGS_EVENT_DATA)[K]>;

export interface FollowUp {
  meetings: Record<string, { meetingId: string; kind: string; scheduledOn: LocalDate; startsAt: string; status: 'scheduled' | 'held' | 'cancelled'; documents: number }>;
  consultations: Record<string, { consultationId: string; question: string; deadlineOn: LocalDate; recipients: string[]; answered: string[]; closed: boolean }>;
  actionItems: Record<string, { itemId: string; meetingId: string; ownerAgencyId: string; description: string; dueOn: LocalDate; doneOn: LocalDate | null }>;
}

export const emptyFollowUp = (): FollowUp => ({ meetings: {}, consultations: {}, actionItems: {} });

/** The follow-up after one meetings event (`type` without its namespace); other types leave it as it was. */
export function evolveFollowUp(state: FollowUp, type: string, data: unknown): FollowUp {
  switch (type) {
    case 'MeetingScheduled': {
      const d = data as Data<'MeetingScheduled'>;
      return { ...state, meetings: { ...state.meetings, [d.meetingId]: { meetingId: d.meetingId, kind: d.kind, scheduledOn: d.scheduledOn as LocalDate, startsAt: d.startsAt, status: 'scheduled', documents: 0 } } };
    }
    case 'MeetingRescheduled': {
      const d = data as Data<'MeetingRescheduled'>;
      return withMeeting(state, d.meetingId, (m) => ({ ...m, scheduledOn: d.scheduledOn as LocalDate, startsAt: d.startsAt }));
    }
    case 'MeetingCancelled':
      return withMeeting(state, (data as Data<'MeetingCancelled'>).meetingId, (m) => ({ ...m, status: 'cancelled' }));
    case 'MeetingHeld':
      return withMeeting(state, (data as Data<'MeetingHeld'>).meetingId, (m) => ({ ...m, status: 'held' }));
    case 'DocumentDistributed':
      return withMeeting(state, (data as Data<'DocumentDistributed'>).meetingId, (m) => ({ ...m, documents: m.documents + 1 }));
    case 'ConsultationStarted': {
      const d = data as Data<'ConsultationStarted'>;
      return { ...state, consultations: { ...state.consultations, [d.consultationId]: { consultationId: d.consultationId, question: d.question, deadlineOn: d.deadlineOn as LocalDate, recipients: d.recipients, answered: [], closed: false } } };
    }
    case 'OpinionReceived': {
      const d = data as Data<'OpinionReceived'>;
      const c = state.consultations[d.consultationId];
      return c ? { ...state, consultations: { ...state.consultations, [c.consultationId]: { ...c, answered: [...c.answered, d.memberId] } } } : state;
    }
    case 'ConsultationClosed': {
      const c = state.consultations[(data as Data<'ConsultationClosed'>).consultationId];
      return c ? { ...state, consultations: { ...state.consultations, [c.consultationId]: { ...c, closed: true } } } : state;
    }
    case 'ActionItemAssigned': {
      const d = data as Data<'ActionItemAssigned'>;
      return { ...state, actionItems: { ...state.actionItems, [d.itemId]: { itemId: d.itemId, meetingId: d.meetingId, ownerAgencyId: d.ownerAgencyId, description: d.description, dueOn: d.dueOn as LocalDate, doneOn: null } } };
    }
    case 'ActionItemDone': {
      const d = data as Data<'ActionItemDone'>;
      return withItem(state, d.itemId, (i) => ({ ...i, doneOn: d.doneOn as LocalDate }));
    }
    case 'ActionItemExtended': {
      const d = data as Data<'ActionItemExtended'>;
      return withItem(state, d.itemId, (i) => ({ ...i, dueOn: d.dueOn as LocalDate }));
    }
    default:
      return state;
  }
}

function withMeeting(state: FollowUp, id: string, change: (m: FollowUp['meetings'][string]) => FollowUp['meetings'][string]): FollowUp {
  const meeting = state.meetings[id];
  return meeting ? { ...state, meetings: { ...state.meetings, [id]: change(meeting) } } : state;
}

function withItem(state: FollowUp, id: string, change: (i: FollowUp['actionItems'][string]) => FollowUp['actionItems'][string]): FollowUp {
  const item = state.actionItems[id];
  return item ? { ...state, actionItems: { ...state.actionItems, [id]: change(item) } } : state;
}

// ---- the list ----

export interface OutstandingObligation {
  obligationId: string;
  reporter: ReporterData;
  period: string | null;
  subject: string | null;
  dueDate: LocalDate;
  /** Not yet submitted (nor withdrawn). */
  outstanding: boolean;
}

export interface RemindersInput {
  asOf: LocalDate;
  /** How many days ahead counts as due soon. */
  horizonDays: number;
  obligations: readonly OutstandingObligation[];
  followUp: FollowUp;
  adoptions: readonly Adoption[];
  calendar: WorkingCalendar;
}

export function reminders({ asOf, horizonDays, obligations, followUp, adoptions, calendar }: RemindersInput): Reminder[] {
  const horizon = LocalDate.addDays(asOf, horizonDays);
  const list: Reminder[] = [];
  for (const o of obligations) {
    if (!o.outstanding || o.dueDate > horizon) continue;
    const agencyId = o.reporter.kind === 'agency' ? o.reporter.agencyId : null;
    const what = o.subject ?? `báo cáo kỳ ${o.period ?? ''}`.trim();
    list.push({ kind: o.dueDate < asOf ? 'report-overdue' : 'report-due-soon', dueOn: o.dueDate, agencyId, memberId: null, ref: o.obligationId, text: what });
  }
  for (const c of Object.values(followUp.consultations)) {
    if (c.closed || c.deadlineOn >= asOf) continue;
    for (const memberId of c.recipients.filter((r) => !c.answered.includes(r))) {
      list.push({ kind: 'opinion-overdue', dueOn: c.deadlineOn, agencyId: null, memberId, ref: c.consultationId, text: `ý kiến bằng văn bản: ${c.question}` });
    }
  }
  for (const m of Object.values(followUp.meetings)) {
    if (m.status !== 'scheduled' || m.documents > 0 || m.scheduledOn < asOf) continue;
    const adoption = regulationInForce(adoptions, m.scheduledOn);
    if (!adoption) continue;
    const meetingAt = new Date(m.startsAt);
    const periodic = m.kind === 'plenary' || m.kind === 'standing-board' || m.kind === 'working-group';
    const lead = checkDocumentLeadTime(adoption.pack, { meetingAt, documentsSentAt: meetingAt, periodic }, calendar);
    if (lead.outcome !== 'met' && lead.outcome !== 'missed') continue;
    const last = lead.latestSendDate ?? (lead.latestSendAt ? vietnamDateOf(lead.latestSendAt) : null);
    if (last === null || last > horizon) continue;
    list.push({ kind: 'documents-due', dueOn: last, agencyId: null, memberId: null, ref: m.meetingId, text: `gửi tài liệu cuộc họp ngày ${m.scheduledOn}` });
  }
  for (const i of Object.values(followUp.actionItems)) {
    if (i.doneOn !== null || i.dueOn >= asOf) continue;
    list.push({ kind: 'action-item-overdue', dueOn: i.dueOn, agencyId: i.ownerAgencyId, memberId: null, ref: i.itemId, text: i.description });
  }
  return list.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.ref.localeCompare(b.ref));
}
