// The reminders of a province as of a day (domain/reminders/reminders.ts): its outstanding obligations
// from this context's read model, the meetings' follow-up folded from their published events (never their
// tables), the regulations and the calendar; per agency, or the caller's own ("what needs doing": their
// agency's reports and action items, their own written opinions).
import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { MEETINGS_EVENT_DATA } from '@bcd/contracts';
import { EVENT_STORE, ReadModelDatabase, TenantEventFold, View } from '@bcd/service-host';
import { emptyFollowUp, evolveFollowUp, reminders, type FollowUp, type Reminder } from '../domain/reminders/reminders.js';
import { obligationsOf } from '../read-model/obligations.query.js';
import { ReportingFacts } from './facts.js';

export const RemindersViewSchema = z.strictObject({
  asOf: View.localDate,
  horizonDays: z.int(),
  reminders: z.array(
    z.strictObject({
      kind: z.enum(['report-due-soon', 'report-overdue', 'opinion-overdue', 'documents-due', 'action-item-overdue']),
      dueOn: View.localDate,
      agencyId: View.id.nullable(),
      memberId: View.id.nullable(),
      ref: z.string(),
      text: z.string(),
    }),
  ),
});
export type RemindersView = z.infer<typeof RemindersViewSchema>;

export class RemindersQuery extends Query<RemindersView> {
  constructor(readonly params: { tenant: string; asOf: LocalDate; agencyId?: string; mine?: boolean }) {
    super();
  }
}

const NAMESPACE = 'meetings.';

@QueryHandler(RemindersQuery)
export class RemindersHandler implements IQueryHandler<RemindersQuery> {
  private readonly followUp: TenantEventFold<FollowUp>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly db: ReadModelDatabase,
    private readonly facts: ReportingFacts,
  ) {
    this.followUp = new TenantEventFold(store, NAMESPACE, emptyFollowUp, apply);
  }

  async execute({ params: { tenant, asOf, agencyId, mine } }: RemindersQuery): Promise<RemindersView> {
    const [setup, followUp, adoptions, calendar, obligations] = await Promise.all([
      this.facts.setup(tenant),
      this.followUp.stateOf(tenant),
      this.facts.adoptions(tenant),
      this.facts.calendar(tenant),
      this.db.read((tx) => obligationsOf(tx, tenant)),
    ]);
    const list = reminders({
      asOf,
      horizonDays: setup.reminderDays,
      followUp,
      adoptions,
      calendar,
      obligations: obligations.map((o) => ({
        obligationId: o.obligationId,
        reporter: o.reporter,
        period: o.period,
        subject: o.subject,
        dueDate: o.due.dueDate as LocalDate,
        outstanding: o.status === 'open',
      })),
    });
    return { asOf, horizonDays: setup.reminderDays, reminders: await this.scoped(tenant, asOf, list, agencyId, mine) };
  }

  private async scoped(tenant: string, asOf: LocalDate, list: Reminder[], agencyId: string | undefined, mine: boolean | undefined): Promise<Reminder[]> {
    // The secretariat's own list is the whole province's: it keeps every record.
    if (mine && !this.facts.actsForRecords()) {
      const seat = await this.facts.callerSeat(tenant, asOf, 'Your reminders');
      return list.filter((r) => r.agencyId === seat.agencyId || r.memberId === seat.memberId);
    }
    return agencyId === undefined ? list : list.filter((r) => r.agencyId === agencyId);
  }
}

function apply(state: FollowUp, event: RecordedEvent): FollowUp {
  const type = event.type.slice(NAMESPACE.length);
  const schema = (MEETINGS_EVENT_DATA as Record<string, { parse(data: unknown): unknown }>)[type];
  return schema ? evolveFollowUp(state, type, schema.parse(event.data)) : state;
}
