// A tenant's KPIs for a period, and the ranking of every active tenant: the tenant's events read from the store (the
// namespaces the tenant state folds), folded as of the period's last day on the business axis, each KPI of the
// catalogue computed with its drill-down (domain/kpis). Read from the store rather than time travel's snapshots: the
// drill-down needs the events' ids, which the folded state does not keep.
import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import { rank, tenantKpis } from '../domain/kpis/catalogue.js';
import type { IdentifiedEvent, Kpi, KpiPeriod } from '../domain/kpis/kpi.js';
import { isFolded } from '../domain/tenant-state/tenant-event.js';
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

const PAGE = 1000;

async function kpisOf(store: Pick<EventStore, 'readAll'>, tenant: string, period: KpiPeriod): Promise<Kpi[]> {
  const events: IdentifiedEvent[] = [];
  let after: GlobalCheckpoint | undefined;
  for (;;) {
    const page = await store.readAll({ tenantId: tenant, after, maxCount: PAGE });
    for (const e of page.events) if (isFolded(e.type)) events.push({ eventId: e.eventId, type: e.type, data: e.data, occurredAt: e.occurredAt, recordedAt: e.recordedAt });
    after = page.checkpoint;
    if (page.isEnd) return tenantKpis(events, period);
  }
}

const periodView = ({ label, start, end }: KpiPeriod) => ({ label, start, end });

@QueryHandler(TenantKpisQuery)
export class TenantKpisHandler implements IQueryHandler<TenantKpisQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ params }: TenantKpisQuery): Promise<TenantKpisAnswer> {
    return { tenant: params.tenant, period: periodView(params.period), kpis: await kpisOf(this.store, params.tenant, params.period) };
  }
}

@QueryHandler(KpiRankingQuery)
export class KpiRankingHandler implements IQueryHandler<KpiRankingQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
  ) {}

  async execute({ params }: KpiRankingQuery): Promise<KpiRankingAnswer> {
    const tenants: { tenant: string; kpis: Kpi[] }[] = [];
    // one after the other: PGlite has one connection
    for (const tenant of await this.access.activeTenants()) tenants.push({ tenant, kpis: await kpisOf(this.store, tenant, params.period) });
    return { period: periodView(params.period), ranking: rank(tenants) };
  }
}
