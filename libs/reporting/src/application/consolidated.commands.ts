// Consolidated-report commands (Thanh Hóa 2014 Điều 11.3, 2018 Điều 10.3), on the report's stream: the
// standing agency drafts it from the submissions, circulates it to the members of the roster of that day
// with a comment deadline, records their comments, revises it and submits it to the chair (the member named,
// as the roster of that day has them). The regulation in force on the day it is drafted judges it.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import { regulationSpanOn } from '@bcd/regulation';
import { CommandRunner, ReadModelDatabase } from '@bcd/service-host';
import { consolidatedReportAggregate, type ConsolidatedReportCommand } from '../domain/consolidated/index.js';
import type { ConsolidatedView } from '../read-model/consolidated.view.js';
import { consolidatedOf } from '../read-model/consolidated.query.js';
import { ReportingFacts } from './facts.js';

export type ConsolidatedRequest =
  | { type: 'DraftConsolidatedReport'; cadence: 'quarterly' | 'semiannual' | 'annual'; period: string; title: string; draftedOn: LocalDate; draftedBy: { agencyId: string }; sourceObligationIds: string[]; contentHash: string }
  | { type: 'CirculateConsolidatedReport'; circulatedOn: LocalDate; commentDeadline: LocalDate }
  | { type: 'ReceiveConsolidatedReportComment'; memberId: string; receivedOn: LocalDate; summary: string }
  | { type: 'ReviseConsolidatedReport'; revisedOn: LocalDate; contentHash: string; note: string }
  | { type: 'SubmitConsolidatedReport'; submittedOn: LocalDate; toMemberId: string };

export class ChangeConsolidated extends Command<ConsolidatedView> {
  constructor(
    readonly tenant: string,
    readonly reportId: string | undefined,
    readonly request: ConsolidatedRequest,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeConsolidated)
export class ConsolidatedCommands implements ICommandHandler<ChangeConsolidated> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ReportingFacts,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, reportId, request, expected }: ChangeConsolidated): Promise<ConsolidatedView> {
    if (reportId === undefined && request.type !== 'DraftConsolidatedReport') throw new NotFound('Consolidated report');
    const { id } = await this.runner.run(consolidatedReportAggregate, { tenantId: tenant, id: reportId, expectedVersion: expected }, ({ id: current }) => this.build(tenant, current, request));
    return this.db.read((tx) => consolidatedOf(tx, tenant, id));
  }

  private async build(tenant: string, reportId: string, request: ConsolidatedRequest): Promise<CommandInput<ConsolidatedReportCommand>> {
    switch (request.type) {
      case 'DraftConsolidatedReport': {
        const { type, ...data } = request;
        return { type, data: { ...data, reportId, regulation: regulationSpanOn(await this.facts.adoptions(tenant), request.draftedOn) } };
      }
      case 'CirculateConsolidatedReport': {
        const { type, ...data } = request;
        const recipients = (await this.facts.roster(tenant, request.circulatedOn)).map((s) => s.memberId);
        return { type, data: { ...data, reportId, recipients } };
      }
      case 'ReceiveConsolidatedReportComment': {
        const { type, ...data } = request;
        return { type, data: { ...data, reportId } };
      }
      case 'ReviseConsolidatedReport': {
        const { type, ...data } = request;
        return { type, data: { ...data, reportId } };
      }
      case 'SubmitConsolidatedReport': {
        const seat = (await this.facts.roster(tenant, request.submittedOn)).find((s) => s.memberId === request.toMemberId);
        if (!seat) throw new NotFound('Member', request.toMemberId);
        return { type: request.type, data: { reportId, submittedOn: request.submittedOn, to: { memberId: seat.memberId, role: seat.role } } };
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}
