// Questions about meetings that need more than the read model: by when a meeting's documents must go out
// (the regulation in force on its date and the tenant's calendar), which meetings the regulation required
// and whether each was held in its window (the rulebook's schedule), the minutes and the notice rendered
// as PDF or DOCX (names read when rendered), and a distributed document's file.
import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { scheduleForAdoptions } from '@bcd/regulation';
import { CommandRunner, ReadModelDatabase, Regulations, View } from '@bcd/service-host';
import { inForce, regulationRef } from '../domain/facts.js';
import { documentsDeadline } from '../domain/meeting/documents.js';
import { meetingAggregate } from '../domain/meeting/meeting.decider.js';
import { requiredMeetingsStatus } from '../domain/meeting/required-meetings.js';
import { meetingDocumentContent } from '../minutes/from-meeting.js';
import type { MeetingDocumentKind } from '../minutes/meeting-document.js';
import { renderDocx } from '../minutes/minutes.docx.js';
import { renderPdf } from '../minutes/minutes.pdf.js';
import { meetingOf, meetingsOf } from '../read-model/meetings.query.js';
import { MeetingFacts } from './facts.js';
import { MeetingFiles } from './files.js';

// ---- documents deadline ----

export const DocumentsDeadlineViewSchema = z.strictObject({
  meetingId: View.id,
  scheduledOn: View.localDate,
  startsAt: View.instant,
  regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate }),
  /** `deadline`: the regulation sets one; otherwise why there is none (no rule, the tenant decides, not a periodic meeting). */
  outcome: z.enum(['deadline', 'no-rule', 'tenant-decides', 'not-applicable']),
  /** Working-day rules: the last day to send (the whole day counts, Vietnam time). */
  latestSendDate: View.localDate.nullable(),
  /** Hour rules: the last moment to send. */
  latestSendAt: View.instant.nullable(),
  /** `days` for working-day rules, `hours` for clock-hour rules; how they are counted. */
  requirement: z.strictObject({ unit: z.enum(['working-days', 'hours']), days: z.int().optional(), hours: z.int().optional(), counting: z.string() }).nullable(),
  rule: z.string().nullable(),
  article: z.string().nullable(),
  /** The article the counting follows (Bộ luật Dân sự 2015 Điều 147.2 by default). */
  counting: z.string().nullable(),
});
export type DocumentsDeadlineView = z.infer<typeof DocumentsDeadlineViewSchema>;

export class DocumentsDeadlineQuery extends Query<DocumentsDeadlineView> {
  constructor(readonly params: { tenant: string; meetingId: string }) {
    super();
  }
}

@QueryHandler(DocumentsDeadlineQuery)
export class DocumentsDeadlineHandler implements IQueryHandler<DocumentsDeadlineQuery> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MeetingFacts,
  ) {}

  async execute({ params: { tenant, meetingId } }: DocumentsDeadlineQuery): Promise<DocumentsDeadlineView> {
    const { state } = await this.runner.load(meetingAggregate, tenant, meetingId);
    if (state.status === 'none') throw new NotFound('Meeting', meetingId);
    const [regulation, calendar] = await Promise.all([this.facts.regulation(tenant, state.scheduledOn), this.facts.calendar(tenant)]);
    const span = inForce(regulation, state.scheduledOn);
    return {
      meetingId,
      scheduledOn: state.scheduledOn,
      startsAt: state.startsAt,
      regulation: regulationRef(span),
      ...documentsDeadline(span.adoption.pack, state, calendar),
    };
  }
}

// ---- required meetings ----

export const RequiredMeetingsViewSchema = z.strictObject({
  from: View.localDate,
  to: View.localDate,
  asOf: View.localDate,
  meetings: z.array(
    z.strictObject({
      regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable() }),
      kind: z.enum(['plenary', 'standing-board', 'working-group']),
      cadence: z.string(),
      period: z.string(),
      windowStart: View.localDate,
      windowEnd: View.localDate,
      citation: z.strictObject({ article: z.string(), decision: z.string(), signedOn: View.localDate.nullable(), quote: z.string().optional() }),
      /** held-in-window, held-outside-window, pending (the window is open on asOf), missed. */
      status: z.enum(['held-in-window', 'held-outside-window', 'pending', 'missed']),
      meetingId: View.id.nullable(),
      heldOn: View.localDate.nullable(),
    }),
  ),
  /** Parts of the range no regulation of the province was in force: nothing was required there. */
  withoutRegulation: z.array(z.strictObject({ from: View.localDate, to: View.localDate })),
});
export type RequiredMeetingsView = z.infer<typeof RequiredMeetingsViewSchema>;

export class RequiredMeetingsQuery extends Query<RequiredMeetingsView> {
  constructor(readonly params: { tenant: string; from: LocalDate; to: LocalDate; asOf: LocalDate }) {
    super();
  }
}

@QueryHandler(RequiredMeetingsQuery)
export class RequiredMeetingsHandler implements IQueryHandler<RequiredMeetingsQuery> {
  constructor(
    private readonly regulations: Regulations,
    private readonly facts: MeetingFacts,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ params: { tenant, from, to, asOf } }: RequiredMeetingsQuery): Promise<RequiredMeetingsView> {
    const [adoptions, calendar, held] = await Promise.all([
      this.regulations.adoptions(tenant),
      this.facts.calendar(tenant),
      this.db.read((tx) => meetingsOf(tx, tenant, { status: 'held' })),
    ]);
    const schedule = scheduleForAdoptions(adoptions, from, to, calendar);
    const heldMeetings = held.flatMap((m) => (m.held ? [{ meetingId: m.meetingId, kind: m.kind, period: m.period, heldOn: vietnamDateOf(new Date(m.held.heldAt)) }] : []));
    return { from, to, asOf, meetings: requiredMeetingsStatus(schedule.meetings, heldMeetings, asOf), withoutRegulation: schedule.withoutRegulation };
  }
}

// ---- the minutes and the notice, rendered ----

export type RenderedFormat = 'pdf' | 'docx';
export const MEDIA_TYPES: Record<RenderedFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export class MeetingDocumentFileQuery extends Query<{ fileName: string; mediaType: string; content: Buffer }> {
  constructor(readonly params: { tenant: string; meetingId: string; document: MeetingDocumentKind; format: RenderedFormat }) {
    super();
  }
}

@QueryHandler(MeetingDocumentFileQuery)
export class MeetingDocumentFileHandler implements IQueryHandler<MeetingDocumentFileQuery> {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly facts: MeetingFacts,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
  ) {}

  async execute({ params: { tenant, meetingId, document, format } }: MeetingDocumentFileQuery): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    const meeting = await this.db.read((tx) => meetingOf(tx, tenant, meetingId));
    const on = meeting.scheduledOn as LocalDate;
    const personIds = [...meeting.invitees.map((p) => p.personId), ...meeting.delegates.map((d) => d.delegate.personId)];
    const agencyIds = [...meeting.invitees.map((p) => p.agencyId), ...meeting.delegates.map((d) => d.delegate.agencyId), ...meeting.agenda.flatMap((a) => (a.presenterAgencyId ? [a.presenterAgencyId] : []))];
    const directory = this.facts.directory;
    const [people, agencies, committee, province] = await Promise.all([
      directory ? directory.people(tenant, personIds) : new Map(),
      directory ? directory.agencyNames(tenant, agencyIds, on) : new Map<string, string>(),
      directory ? directory.committeeName(tenant, on) : null,
      this.access.findTenant(tenant),
    ]);
    const names = { province: province?.name ?? tenant, committee, agencies, people: new Map([...people.values()].map((p) => [p.personId, p.fullName])) };
    const content = meetingDocumentContent(meeting, document, names);
    // Not issued yet: there is no such document (the meeting's view says what was issued).
    if (!content) throw new NotFound(document === 'minutes' ? 'Minutes of meeting' : 'Notice of conclusions of meeting', meetingId);
    const bytes = format === 'pdf' ? await renderPdf(content) : await renderDocx(content);
    const fileName = `${document === 'minutes' ? 'bien-ban' : 'thong-bao-ket-luan'}-${content.number.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${format}`;
    return { fileName, mediaType: MEDIA_TYPES[format], content: bytes };
  }
}

// ---- a distributed document's file ----

export class DocumentFileQuery extends Query<{ fileName: string; mediaType: string; content: Buffer }> {
  constructor(readonly params: { tenant: string; meetingId: string; documentId: string }) {
    super();
  }
}

@QueryHandler(DocumentFileQuery)
export class DocumentFileHandler implements IQueryHandler<DocumentFileQuery> {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly files: MeetingFiles,
  ) {}

  async execute({ params: { tenant, meetingId, documentId } }: DocumentFileQuery): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    const meeting = await this.db.read((tx) => meetingOf(tx, tenant, meetingId));
    const document = meeting.documents.find((d) => d.documentId === documentId);
    if (!document) throw new NotFound('Document', documentId);
    const file = await this.files.content(tenant, document.contentHash);
    if (!file) throw new NotFound('File', document.contentHash);
    return { fileName: document.title, mediaType: file.mediaType, content: file.content };
  }
}
