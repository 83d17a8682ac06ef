// Obligation commands, on the obligation's stream: submit (members for their own agency, the secretariat for
// any), return for revision and accept (the recipient: the secretariat), and ask for an ad hoc report (the
// member the regulation lets ask, as the authenticated user). The handler reads what the decider needs
// (the template in force on the due date, the tenant's calendar, the roster, the regulation), the kit's
// runner makes the time and the ids.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import { nameBasedId, NotFound, ValidationFailed, type CommandInput } from '@bcd/kernel';
import { regulationInForce } from '@bcd/regulation';
import type { REPORT_CHANNELS, ReportSubmittedData } from '@bcd/contracts';
import { CommandRunner, ReadModelDatabase } from '@bcd/service-host';
import { obligationAggregate, type ObligationCommand } from '../domain/obligation/obligation.decider.js';
import { templateInForce } from '../domain/template/template.js';
import type { ObligationView } from '../read-model/obligation.view.js';
import { obligationOf } from '../read-model/obligations.query.js';
import { ReportingFacts } from './facts.js';
import { ReportFiles } from './files.js';

export type ObligationRequest =
  | {
      type: 'SubmitReport';
      submittedAt: Date;
      channel: (typeof REPORT_CHANNELS)[number];
      summary: string;
      values: ReportSubmittedData['values'];
      attachments: { name: string; contentHash: string }[];
    }
  | { type: 'ReturnReport'; reason: string }
  | { type: 'AcceptReport' }
  | { type: 'RequestAdHocReport'; agencyId: string; subject: string; requestedOn: LocalDate; dueDate: LocalDate };

export class ChangeObligation extends Command<ObligationView> {
  constructor(
    readonly tenant: string,
    readonly obligationId: string | undefined,
    readonly request: ObligationRequest,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeObligation)
export class ObligationCommands implements ICommandHandler<ChangeObligation> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ReportingFacts,
    private readonly files: ReportFiles,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, obligationId, request, expected }: ChangeObligation): Promise<ObligationView> {
    if (request.type === 'RequestAdHocReport') {
      // The id is made from the request, so that a retried request (same Idempotency-Key or not) asks once.
      const id = nameBasedId('reporting-ad-hoc', tenant, request.agencyId, request.requestedOn, request.subject);
      await this.runner.run(obligationAggregate, { tenantId: tenant, id }, () => this.adHoc(tenant, id, request));
      return this.db.read((tx) => obligationOf(tx, tenant, id));
    }
    if (obligationId === undefined) throw new NotFound('Obligation');
    await this.runner.run(obligationAggregate, { tenantId: tenant, id: obligationId, expectedVersion: expected }, async ({ now, newId }) => {
      const obligation = await this.db.read((tx) => obligationOf(tx, tenant, obligationId));
      switch (request.type) {
        case 'SubmitReport':
          return this.submission(tenant, obligation, request, newId());
        case 'ReturnReport':
          return { type: request.type, data: { obligationId, reason: request.reason, returnedAt: now } };
        case 'AcceptReport':
          return { type: request.type, data: { obligationId, acceptedAt: now } };
        default: {
          const _exhaustive: never = request;
          return _exhaustive;
        }
      }
    });
    return this.db.read((tx) => obligationOf(tx, tenant, obligationId));
  }

  private async submission(
    tenant: string,
    obligation: ObligationView,
    request: Extract<ObligationRequest, { type: 'SubmitReport' }>,
    submissionId: string,
  ): Promise<CommandInput<ObligationCommand>> {
    const agencyId = obligation.reporter.kind === 'agency' ? obligation.reporter.agencyId : null;
    await this.facts.ensureActsFor(tenant, agencyId, vietnamDateOf(request.submittedAt), 'Submitting a report');
    const attachments = await Promise.all(
      request.attachments.map(async ({ name, contentHash }, i) => {
        const file = await this.files.find(tenant, contentHash);
        if (!file) throw new ValidationFailed([{ path: `attachments.${i}.contentHash`, message: `names no file of this province: upload it first (PUT /api/tenants/${tenant}/reporting/files/{contentHash})` }]);
        return { name, contentHash, sizeBytes: file.sizeBytes };
      }),
    );
    const [templates, calendar] = await Promise.all([this.facts.templates(tenant), this.facts.calendar(tenant)]);
    const { type, submittedAt, channel, summary, values } = request;
    return {
      type,
      data: {
        obligationId: obligation.obligationId,
        submissionId,
        submittedAt,
        channel,
        summary,
        values,
        attachments,
        template: templateInForce(templates, obligation.report, obligation.due.dueDate as LocalDate),
        calendar,
      },
    };
  }

  private async adHoc(tenant: string, id: string, request: Extract<ObligationRequest, { type: 'RequestAdHocReport' }>): Promise<CommandInput<ObligationCommand>> {
    const { agencyId, subject, requestedOn, dueDate } = request;
    const [seat, adoptions] = await Promise.all([this.facts.callerSeat(tenant, requestedOn, 'Asking for an ad hoc report'), this.facts.adoptions(tenant)]);
    return {
      type: 'RequestAdHocReport',
      data: {
        obligationId: id,
        reporter: { kind: 'agency', agencyId },
        subject,
        requestedOn,
        dueDate,
        requestedBy: { memberId: seat.memberId, role: seat.role },
        adoption: regulationInForce(adoptions, requestedOn),
      },
    };
  }
}
