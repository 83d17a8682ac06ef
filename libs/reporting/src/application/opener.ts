// The opening process: for each province, the obligations its regulations ask for from the first
// adoption until OPEN_AHEAD_DAYS after today (the injected clock), recorded once each. It runs when the host
// starts (catching up whatever fell due while it was down) and every OPEN_EVERY_MS after. Running it
// twice, or on two instances at once, opens nothing twice: an obligation's stream id and its events' ids
// are made from its names, and the store keeps one. Obligations it opened that the plan no longer holds
// (a new regulation, a reporter no longer on the committee) are withdrawn while not yet due.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LocalDate, vietnamDateOf } from '@bcd/calendar';
import { CLOCK, type Clock } from '@bcd/kernel';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import { formatCitation, regulationInForce, scheduleForAdoptions } from '@bcd/regulation';
import { CommandRunner, ReadModelDatabase } from '@bcd/service-host';
import { obligationAggregate } from '../domain/obligation/obligation.decider.js';
import { planObligations, type Reporters } from '../domain/obligation/opening.js';
import { designatedOn } from '../domain/setup/setup.js';
import { ReportingFacts } from './facts.js';

/** How far ahead of their due date obligations are opened. */
export const OPEN_AHEAD_DAYS = 60;
/** How often the process runs; the first run is OPEN_FIRST_AFTER_MS after the host starts. */
export const OPEN_EVERY_MS = 15 * 60_000;
export const OPEN_FIRST_AFTER_MS = 10_000;

export interface OpeningOutcome {
  tenant: string;
  planned: number;
  opened: number;
  followed: number;
  withdrawn: number;
}

@Injectable()
export class ObligationOpener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ObligationOpener.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<OpeningOutcome[]> | undefined;

  constructor(
    private readonly facts: ReportingFacts,
    private readonly runner: CommandRunner,
    private readonly db: ReadModelDatabase,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      // One run at a time in this process: a slow run is not overtaken by the next tick.
      this.running ??= this.runAll()
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'opening report obligations failed; the next run retries');
          return [];
        })
        .finally(() => (this.running = undefined));
    };
    this.timers = [setTimeout(run, OPEN_FIRST_AFTER_MS), setInterval(run, OPEN_EVERY_MS)];
    for (const timer of this.timers) timer.unref();
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** Every active province, one after the other. */
  async runAll(): Promise<OpeningOutcome[]> {
    const outcomes: OpeningOutcome[] = [];
    for (const tenant of await this.access.activeTenants()) outcomes.push(await this.runFor(tenant));
    const opened = outcomes.reduce((n, o) => n + o.opened + o.followed + o.withdrawn, 0);
    if (opened > 0) this.logger.log({ outcomes: outcomes.filter((o) => o.opened + o.followed + o.withdrawn > 0) }, 'report obligations opened');
    return outcomes;
  }

  /** One province: its plan up to OPEN_AHEAD_DAYS after today, recorded; what the plan no longer holds withdrawn. */
  async runFor(tenant: string): Promise<OpeningOutcome> {
    const outcome: OpeningOutcome = { tenant, planned: 0, opened: 0, followed: 0, withdrawn: 0 };
    const adoptions = await this.facts.adoptions(tenant);
    if (adoptions.length === 0) return outcome;
    const today = vietnamDateOf(this.clock.now());
    const from = adoptions.map((a) => a.effectiveFrom).reduce((a, b) => (a < b ? a : b));
    const to = LocalDate.addDays(today, OPEN_AHEAD_DAYS);
    if (to < from) return outcome;
    const [calendar, setup] = await Promise.all([this.facts.calendar(tenant), this.facts.setup(tenant)]);
    const schedule = scheduleForAdoptions(adoptions, from, to, calendar);
    const reporters = new Map<string, Reporters>();
    for (const date of new Set(schedule.reportObligations.map((o) => o.literalDueDate))) {
      const seats = await this.facts.roster(tenant, date);
      reporters.set(date, { memberAgencies: seats.map((s) => s.agencyId), designatedAgencies: designatedOn(setup, date) });
    }
    const plan = planObligations(tenant, schedule.reportObligations, adoptions, (date) => reporters.get(date) ?? { memberAgencies: [], designatedAgencies: null });
    outcome.planned = plan.length;
    const recorded = await this.recorded(tenant);
    for (const planned of plan) {
      const known = recorded.get(planned.obligationId);
      if (known && known.packId === planned.rule.packId && known.decisionNumber === planned.rule.decisionNumber && known.dueDate === planned.due.dueDate) continue;
      const { events } = await this.runner.run(obligationAggregate, { tenantId: tenant, id: planned.obligationId }, async () => ({ type: 'OpenObligation' as const, data: { planned } }));
      for (const event of events) {
        if (event.type === 'ObligationOpened') outcome.opened++;
        if (event.type === 'ObligationRedetermined') outcome.followed++;
      }
    }
    const planned = new Set(plan.map((p) => p.obligationId));
    for (const [obligationId, known] of recorded) {
      if (planned.has(obligationId) || known.report === 'ad-hoc' || known.status !== 'open' || known.literalDueDate > to) continue;
      const inForce = regulationInForce(adoptions, known.literalDueDate as LocalDate);
      const rule = inForce && {
        packId: inForce.pack.id,
        decisionNumber: inForce.decisionNumber,
        effectiveFrom: inForce.effectiveFrom,
        article: formatCitation(inForce.pack.reporting.memberReports.citation),
      };
      const reason = inForce
        ? `${inForce.decisionNumber ?? inForce.pack.id}, in force on ${known.literalDueDate}, asks no such report of this reporter`
        : `no regulation of the province is in force on ${known.literalDueDate}`;
      const { events } = await this.runner.run(obligationAggregate, { tenantId: tenant, id: obligationId }, async () => ({
        type: 'WithdrawObligation' as const,
        data: { obligationId, reason, rule: rule ?? null },
      }));
      outcome.withdrawn += events.length;
    }
    return outcome;
  }

  /** The periodic obligations recorded so far, as the read model has them. */
  private async recorded(tenant: string): Promise<Map<string, { report: string; status: string; packId: string; decisionNumber: string | null; dueDate: string; literalDueDate: string }>> {
    const rows = await this.db.readAs({ platform: false, tenantIds: [tenant] }, (tx) =>
      tx.query<{ obligation_id: string; report: string; status: string; pack_id: string; decision_number: string | null; due_date: string; literal_due_date: string }>(
        `SELECT obligation_id::text AS obligation_id, report, status, view->'rule'->>'packId' AS pack_id, view->'rule'->>'decisionNumber' AS decision_number,
                due_date::text AS due_date, literal_due_date::text AS literal_due_date
         FROM reporting_obligations WHERE tenant_id = $1`,
        [tenant],
      ),
    );
    return new Map(rows.map((r) => [r.obligation_id, { report: r.report, status: r.status, packId: r.pack_id, decisionNumber: r.decision_number, dueDate: r.due_date, literalDueDate: r.literal_due_date }]));
  }
}
