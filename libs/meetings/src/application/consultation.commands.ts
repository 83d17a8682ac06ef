// Written-consultation commands (Kiên Giang 2008 Điều 10), on the consultation's stream: the secretariat
// records the question the chair asked (the roster and the regulation of the day it was asked come from
// MeetingFacts), each written opinion as it arrives, and the outcome.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import { CommandRunner, ReadModelDatabase } from '@bcd/service-host';
import { consultationAggregate, type ConsultationCommand } from '../domain/consultation/consultation.js';
import type { ConsultationView } from '../read-model/consultation.view.js';
import { consultationOf } from '../read-model/consultations.query.js';
import { MeetingFacts } from './facts.js';

export type ConsultationRequest =
  | { type: 'StartConsultation'; question: string; recipients: string[]; requestedBy: string; startedOn: LocalDate; deadlineOn: LocalDate }
  | { type: 'ReceiveOpinion'; memberId: string; receivedOn: LocalDate; reference: string; summary: string }
  | { type: 'CloseConsultation'; closedOn: LocalDate; outcome: string };

export class ChangeConsultation extends Command<ConsultationView> {
  constructor(
    readonly tenant: string,
    readonly consultationId: string | undefined,
    readonly request: ConsultationRequest,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeConsultation)
export class ConsultationCommands implements ICommandHandler<ChangeConsultation> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MeetingFacts,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, consultationId, request, expected }: ChangeConsultation): Promise<ConsultationView> {
    if (consultationId === undefined && request.type !== 'StartConsultation') throw new NotFound('Consultation');
    const { id } = await this.runner.run(consultationAggregate, { tenantId: tenant, id: consultationId, expectedVersion: expected }, ({ id: current }) => this.build(tenant, current, request));
    return this.db.read((tx) => consultationOf(tx, tenant, id));
  }

  private async build(tenant: string, consultationId: string, request: ConsultationRequest): Promise<CommandInput<ConsultationCommand>> {
    switch (request.type) {
      case 'StartConsultation': {
        const { type, ...data } = request;
        const [roster, regulation] = await Promise.all([this.facts.roster(tenant, request.startedOn), this.facts.regulation(tenant, request.startedOn)]);
        return { type, data: { ...data, consultationId, roster, regulation } };
      }
      case 'ReceiveOpinion': {
        const { type, ...data } = request;
        return { type, data: { ...data, consultationId } };
      }
      case 'CloseConsultation': {
        const { type, ...data } = request;
        return { type, data: { ...data, consultationId } };
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}
