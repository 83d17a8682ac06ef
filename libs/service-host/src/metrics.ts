// One registry per application instance (not prom-client's global one), so that several apps in
// one process (tests) do not share or double-register metrics.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Route label of requests no route matched: one series for all of them, whatever the URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

export type AppendOutcome = 'written' | 'replayed' | 'conflict' | 'failed';

export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending the response, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'event_store_appends_total',
    help: 'Appends that wrote events to the event store.',
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'event_store_events_appended_total',
    help: 'Events written to the event store.',
    registers: [this.registry],
  });

  readonly idempotentReplays = new Counter({
    name: 'event_store_idempotent_replays_total',
    help: 'Appends whose events were all already stored: nothing written, the original result returned.',
    registers: [this.registry],
  });

  readonly conflicts = new Counter({
    name: 'event_store_conflicts_total',
    help: 'Appends refused: kind="concurrency" (stream not at the expected version) or "idempotency" (event id reused with other content).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Latency of event-store appends, by outcome (written, replayed, conflict, failed).',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Read models' lag, measured on each scrape (watchProjections). */
  private projectionLag: (() => Promise<readonly { projectionId: string; eventsBehind: number; secondsBehind: number }[]>) | undefined;

  readonly projectionEventsBehind = new Gauge({
    name: 'projection_lag_events',
    help: 'Events of the types a projection reads that it has not processed yet, by projection.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
    collect: () => this.collectLag(),
  });

  readonly projectionSecondsBehind = new Gauge({
    name: 'projection_lag_seconds',
    help: 'Seconds since the oldest event a projection has not processed yet was recorded (0 when it is current), by projection.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
    collect: () => this.collectLag(),
  });

  /** One measurement per scrape, shared by both gauges. */
  private measuring: Promise<void> | undefined;

  /** Measures the projections' lag on each scrape. */
  watchProjections(lag: () => Promise<readonly { projectionId: string; eventsBehind: number; secondsBehind: number }[]>): void {
    this.projectionLag = lag;
  }

  private collectLag(): Promise<void> {
    this.measuring ??= this.measureLag().finally(() => {
      this.measuring = undefined;
    });
    return this.measuring;
  }

  private async measureLag(): Promise<void> {
    if (!this.projectionLag) return;
    // A scrape must not fail because the database is briefly away: the gauges keep their last values.
    const lag = await this.projectionLag().catch(() => null);
    for (const { projectionId, eventsBehind, secondsBehind } of lag ?? []) {
      this.projectionEventsBehind.set({ projection: projectionId }, eventsBehind);
      this.projectionSecondsBehind.set({ projection: projectionId }, secondsBehind);
    }
  }

  constructor() {
    // Process metrics (CPU, memory, event-loop lag, GC): what an operator looks at first.
    collectDefaultMetrics({ register: this.registry });
  }
}
