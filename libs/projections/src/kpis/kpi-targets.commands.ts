// Setting a KPI's target (domain/kpis/targets.ts): the request becomes the command on the tenant's targets stream;
// the answer is that KPI's settings, oldest first. The KPI pages judge each period against the target in force on its
// last day once time travel has the event (eventually consistent, like every KPI page).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { CommandRunner } from '@bcd/service-host';
import { kpiTargetsAggregate } from '../domain/kpis/targets.js';
import type { KpiId } from '../domain/kpis/kpi.js';

export interface KpiTargetSettings {
  kpiId: string;
  /** Every setting recorded for this KPI, in the order recorded (target null: withdrawn from that day). */
  settings: { effectiveFrom: LocalDate; target: string | null }[];
}

export class SetKpiTargetCommand extends Command<KpiTargetSettings> {
  constructor(
    readonly tenant: string,
    readonly kpiId: string,
    readonly target: string | null,
    readonly effectiveFrom: LocalDate,
  ) {
    super();
  }
}

@CommandHandler(SetKpiTargetCommand)
export class SetKpiTargetHandler implements ICommandHandler<SetKpiTargetCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ tenant, kpiId, target, effectiveFrom }: SetKpiTargetCommand): Promise<KpiTargetSettings> {
    const outcome = await this.runner.run(kpiTargetsAggregate, { tenantId: tenant, id: tenant }, () => ({ type: 'SetKpiTarget' as const, data: { kpiId, target, effectiveFrom } }));
    return { kpiId, settings: outcome.state.settings[kpiId as KpiId] ?? [] };
  }
}
