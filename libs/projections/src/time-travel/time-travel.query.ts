// A tenant as of a moment, and what changed between two: the state from the stored snapshots and the events after
// them (time-travel.reader.ts), shown as on the day (domain/tenant-state/tenant-view.ts). Names the events do not
// carry come from the MembershipDirectory port when the host has it: people by today's name (an erased person as
// null), and agencies the fold could not name on that day (registered later on the axis) as named on the day.
import { Inject, Optional } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import type { EventStore } from '@bcd/event-store';
import { MEMBERSHIP_DIRECTORY, type MembershipDirectory } from '@bcd/contracts';
import { EVENT_STORE } from '@bcd/service-host';
import { diffViews } from '../domain/tenant-state/tenant-diff.js';
import type { AsOf } from '../domain/tenant-state/tenant-event.js';
import { tenantView, type TenantView } from '../domain/tenant-state/tenant-view.js';
import type { SeatOn } from '../domain/tenant-state/roster.js';
import { PrismaReads } from '../read-model/prisma-reads.js';
import { TimeTravelReader, type Computation } from './time-travel.reader.js';
import type { TenantAsOf, TenantDiffAnswer } from './time-travel.schemas.js';

export class TenantAsOfQuery extends Query<TenantAsOf> {
  constructor(readonly params: { tenant: string; asOf: AsOf }) {
    super();
  }
}

export class TenantDiffQuery extends Query<TenantDiffAnswer> {
  constructor(readonly params: { tenant: string; from: AsOf; to: AsOf }) {
    super();
  }
}

type NamedSeat = SeatOn & { fullName: string | null };
type NamedView = Omit<TenantView, 'roster'> & { roster: NamedSeat[] };

/** Time travel's queries, for the handlers (and any other reader of the same read model). */
export class TimeTravel {
  private readonly reader: TimeTravelReader;

  constructor(
    reads: PrismaReads,
    store: EventStore,
    private readonly directory: MembershipDirectory | undefined,
  ) {
    this.reader = new TimeTravelReader((work) => reads.readInRequest(work), store);
  }

  async asOf(tenant: string, asOf: AsOf): Promise<TenantAsOf> {
    const { view, computation } = await this.view(tenant, asOf);
    return { tenant, ...(await this.named(tenant, view)), computation };
  }

  async diff(tenant: string, from: AsOf, to: AsOf): Promise<TenantDiffAnswer> {
    // One after the other: PGlite has one connection.
    const before = await this.named(tenant, (await this.view(tenant, from)).view);
    const after = await this.named(tenant, (await this.view(tenant, to)).view);
    return { tenant, ...diffViews<NamedSeat>(before, after) };
  }

  private async view(tenant: string, asOf: AsOf): Promise<{ view: TenantView; computation: Computation }> {
    const { state, computation } = await this.reader.stateAsOf(tenant, asOf);
    return { view: tenantView(state, asOf), computation };
  }

  /** The view with people's names, and the agencies the fold did not name on the day named by the directory. */
  private async named(tenant: string, view: TenantView): Promise<NamedView> {
    const people = new Map<string, string | null>();
    const agencies = new Map<string, string>();
    if (this.directory) {
      const personIds = [...new Set(view.roster.map((s) => s.personId))];
      const unnamed = [
        ...view.roster.filter((s) => s.agency === null).map((s) => s.agencyId),
        ...view.actionItems.items.filter((i) => i.owner === null).map((i) => i.ownerAgencyId),
        ...view.obligations.items.flatMap((o) => (o.reporterName === null && o.reporter.kind === 'agency' ? [o.reporter.agencyId] : [])),
        ...view.budgets.filter((b) => b.holder === null).map((b) => b.holderAgencyId),
      ];
      const [found, names] = await Promise.all([
        personIds.length > 0 ? this.directory.people(tenant, personIds) : Promise.resolve(new Map()),
        unnamed.length > 0 ? this.directory.agencyNames(tenant, [...new Set(unnamed)], view.date as LocalDate) : Promise.resolve(new Map<string, string>()),
      ]);
      for (const [id, person] of found) people.set(id, person.fullName);
      for (const [id, name] of names) agencies.set(id, name);
    }
    const agency = (name: string | null, id: string) => name ?? agencies.get(id) ?? null;
    return {
      ...view,
      roster: view.roster.map((s) => ({ ...s, fullName: people.get(s.personId) ?? null, agency: agency(s.agency, s.agencyId) })),
      actionItems: { ...view.actionItems, items: view.actionItems.items.map((i) => ({ ...i, owner: agency(i.owner, i.ownerAgencyId) })) },
      obligations: {
        ...view.obligations,
        items: view.obligations.items.map((o) => ({ ...o, reporterName: o.reporter.kind === 'agency' ? agency(o.reporterName, o.reporter.agencyId) : o.reporterName })),
      },
      budgets: view.budgets.map((b) => ({ ...b, holder: agency(b.holder, b.holderAgencyId) })),
    };
  }
}

@QueryHandler(TenantAsOfQuery)
export class TenantAsOfHandler implements IQueryHandler<TenantAsOfQuery> {
  private readonly timeTravel: TimeTravel;

  constructor(reads: PrismaReads, @Inject(EVENT_STORE) store: EventStore, @Optional() @Inject(MEMBERSHIP_DIRECTORY) directory?: MembershipDirectory) {
    this.timeTravel = new TimeTravel(reads, store, directory);
  }

  execute({ params }: TenantAsOfQuery): Promise<TenantAsOf> {
    return this.timeTravel.asOf(params.tenant, params.asOf);
  }
}

@QueryHandler(TenantDiffQuery)
export class TenantDiffHandler implements IQueryHandler<TenantDiffQuery> {
  private readonly timeTravel: TimeTravel;

  constructor(reads: PrismaReads, @Inject(EVENT_STORE) store: EventStore, @Optional() @Inject(MEMBERSHIP_DIRECTORY) directory?: MembershipDirectory) {
    this.timeTravel = new TimeTravel(reads, store, directory);
  }

  execute({ params }: TenantDiffQuery): Promise<TenantDiffAnswer> {
    return this.timeTravel.diff(params.tenant, params.from, params.to);
  }
}
