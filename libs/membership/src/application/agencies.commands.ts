// Agency commands: register, rename, merge, on the tenant's one agency register. The kit's runner makes
// the new agency's id and the time; If-Match names the agency's own revision (checked by the domain).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { CommandInput } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import { CommandRunner, View } from '@bcd/service-host';
import { agencyRegisterAggregate, type AgencyCommand } from '../domain/agencies/agencies.decider.js';
import { AGENCY_KINDS, type AgencyKind, type AgencyState } from '../domain/agencies/agencies.js';

export type AgencyRequest =
  | { type: 'RegisterAgency'; code: string; name: string; kind: AgencyKind }
  | { type: 'RenameAgency'; agencyId: string; name: string; effectiveOn: LocalDate; decision: Decision }
  | { type: 'MergeAgency'; agencyId: string; into: string; effectiveOn: LocalDate; decision: Decision };

/** An agency as its register says after a change: names with their effective dates, the merge, its revision (ETag). */
export const AgencySummarySchema = z.strictObject({
  agencyId: View.id,
  code: z.string(),
  kind: z.enum(AGENCY_KINDS),
  names: z.array(z.strictObject({ name: z.string(), effectiveOn: View.localDate.nullable(), decision: View.decision.nullable() })),
  merged: z.strictObject({ into: View.id, effectiveOn: View.localDate, decision: View.decision }).nullable(),
  revision: z.int(),
});
export type AgencySummary = z.infer<typeof AgencySummarySchema>;

export class ChangeAgencies extends Command<AgencySummary> {
  constructor(
    readonly tenant: string,
    readonly request: AgencyRequest,
    /** If-Match: the agency's revision the caller saw. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeAgencies)
export class AgenciesCommands implements ICommandHandler<ChangeAgencies> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ tenant, request, expectedRevision }: ChangeAgencies): Promise<AgencySummary> {
    let agencyId = '';
    const precondition = expectedRevision === undefined ? {} : { expectedRevision };
    const { state } = await this.runner.run(agencyRegisterAggregate, { tenantId: tenant, id: tenant }, ({ newId }): CommandInput<AgencyCommand> => {
      switch (request.type) {
        case 'RegisterAgency': {
          const { type, ...data } = request;
          agencyId = newId();
          return { type, data: { agencyId, ...data } };
        }
        case 'RenameAgency': {
          const { type, ...data } = request;
          agencyId = data.agencyId;
          return { type, data: { ...data, ...precondition } };
        }
        case 'MergeAgency': {
          const { type, ...data } = request;
          agencyId = data.agencyId;
          return { type, data: { ...data, ...precondition } };
        }
        default: {
          const _exhaustive: never = request;
          return _exhaustive;
        }
      }
    });
    return summary(state.agencies[agencyId]);
  }
}

function summary({ agencyId, code, kind, names, merged, revision }: AgencyState): AgencySummary {
  return { agencyId, code, kind, names, merged, revision };
}
