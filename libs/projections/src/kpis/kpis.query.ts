// A tenant's KPIs for a period, and the ranking of every active tenant (README "KPIs"): the tenant's state as of the
// period's last day on the business axis comes from time travel's snapshots (TimeTravelReader: a snapshot and the
// few events after it, the projection's lag included), the drill-down's events from time travel's kept events by the
// ids they name (one indexed query) and the store's events the projection has not kept yet. A page is a function of
// the tenant's events, so it is kept with the time-travel head it was computed at and served again until the head
// moves (kpi_answers): eventually consistent, like every read of this context.
import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE, ReadModelDatabase } from '@bcd/service-host';
import { drillDownKeys, kpisOf, rank } from '../domain/kpis/catalogue.js';
import { eventRefs, indexRefs, type Kpi, type KpiPeriod } from '../domain/kpis/kpi.js';
import { asOfDay } from '../domain/tenant-state/tenant-event.js';
import { PrismaReads } from '../read-model/prisma-reads.js';
import { TimeTravelReader } from '../time-travel/time-travel.reader.js';
import { comparePositions, type Position } from '../time-travel/time-travel.store.js';
import { eventsNaming, keepAnswer, keptAnswers, valuesOf, type KeptAnswer, type KpiValue } from './kpi-answers.store.js';
import type { KpiRankingAnswer, TenantKpisAnswer } from './kpis.schemas.js';

export class TenantKpisQuery extends Query<TenantKpisAnswer> {
  constructor(readonly params: { tenant: string; period: KpiPeriod }) {
    super();
  }
}

export class KpiRankingQuery extends Query<KpiRankingAnswer> {
  constructor(readonly params: { period: KpiPeriod }) {
    super();
  }
}

/** Whether a kept answer was computed at the tenant's current time-travel head. */
function isFresh<K>(answer: KeptAnswer<K>['answer'], head: Position | null): answer is NonNullable<KeptAnswer<K>['answer']> {
  return answer !== null && head !== null && comparePositions(answer.position, head) === 0;
}

/** The KPI pages of tenants: kept answers where the head has not moved, computed (and kept) otherwise. */
export class KpiPages {
  private readonly reader: TimeTravelReader;

  constructor(
    private readonly reads: PrismaReads,
    private readonly db: ReadModelDatabase,
    store: Pick<EventStore, 'readAll'>,
  ) {
    this.reader = new TimeTravelReader((work) => reads.readInRequest(work), store);
  }

  /** Each tenant's KPIs for the period, in the order given (computed one after the other: PGlite has one connection). */
  async of(tenants: readonly string[], period: KpiPeriod): Promise<{ tenant: string; kpis: Kpi[] }[]> {
    const kept = await this.reads.readInRequest((tx) => keptAnswers(tx, tenants, period.label));
    const pages: { tenant: string; kpis: Kpi[] }[] = [];
    for (const answer of kept) pages.push({ tenant: answer.tenant, kpis: await this.page(answer, period) });
    return pages;
  }

  /**
   * Each tenant's KPI values for the period (the ranking): the values kept beside each page where the head has not
   * moved (not the drill-downs, which grow with the history), the page computed and kept otherwise.
   */
  async values(tenants: readonly string[], period: KpiPeriod): Promise<{ tenant: string; kpis: KpiValue[] }[]> {
    const kept = await this.reads.readInRequest((tx) => keptAnswers(tx, tenants, period.label, 'values'));
    const values: { tenant: string; kpis: KpiValue[] }[] = [];
    for (const { tenant, head, answer } of kept) {
      values.push({ tenant, kpis: isFresh(answer, head) ? answer.kpis : valuesOf(await this.compute(tenant, head, period)) });
    }
    return values;
  }

  private async page({ tenant, head, answer }: KeptAnswer, period: KpiPeriod): Promise<Kpi[]> {
    return isFresh(answer, head) ? answer.kpis : this.compute(tenant, head, period);
  }

  /** The page as of the period's last day, kept with the head it was computed at. */
  private async compute(tenant: string, head: Position | null, period: KpiPeriod): Promise<Kpi[]> {
    const asOf = asOfDay(period.end, 'business');
    // The head read with the kept answers: the store's events after it are read once, for the state and the drill-down.
    const { state, lagging } = await this.reader.businessAfterHead(tenant, asOf.at, head);
    const keys = drillDownKeys(state, period);
    const kept = await this.reads.readInRequest((tx) => eventsNaming(tx, tenant, keys, asOf.at));
    const wanted = new Set(keys);
    // An event kept since the head was read came back in `kept` already.
    const keptIds = new Set(kept.map((e) => e.eventId));
    const unkept = lagging
      .filter((e) => e.occurredAt.getTime() <= asOf.at.getTime() && !keptIds.has(e.eventId))
      .map((e) => ({ eventId: e.eventId, refs: eventRefs(e.data).filter((key) => wanted.has(key)) }));
    const kpis = kpisOf({ state, period, events: indexRefs([...kept, ...unkept]) });
    if (head) await this.db.writeFor(tenant, (tx) => keepAnswer(tx, tenant, period.label, head, kpis));
    return kpis;
  }
}

const periodView = ({ label, start, end }: KpiPeriod) => ({ label, start, end });

@QueryHandler(TenantKpisQuery)
export class TenantKpisHandler implements IQueryHandler<TenantKpisQuery> {
  private readonly pages: KpiPages;

  constructor(reads: PrismaReads, db: ReadModelDatabase, @Inject(EVENT_STORE) store: EventStore) {
    this.pages = new KpiPages(reads, db, store);
  }

  async execute({ params }: TenantKpisQuery): Promise<TenantKpisAnswer> {
    const [page] = await this.pages.of([params.tenant], params.period);
    return { tenant: params.tenant, period: periodView(params.period), kpis: page.kpis };
  }
}

@QueryHandler(KpiRankingQuery)
export class KpiRankingHandler implements IQueryHandler<KpiRankingQuery> {
  private readonly pages: KpiPages;

  constructor(
    reads: PrismaReads,
    db: ReadModelDatabase,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
  ) {
    this.pages = new KpiPages(reads, db, store);
  }

  async execute({ params }: KpiRankingQuery): Promise<KpiRankingAnswer> {
    const tenants = await this.pages.values(await this.access.activeTenants(), params.period);
    return { period: periodView(params.period), ranking: rank(tenants) };
  }
}
