// Agency commands: register, rename, merge. One register stream per tenant.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { aggregateStream, CLOCK, handleCommand, type Clock, type StreamStore } from '@bcd/kernel';
import { agencyRegisterDecider, type AgencyCommand, type AgencyKind, type AgencyRegisterState, type AgencyState } from '../domain/agencies.js';
import type { Decision } from '../domain/facts.js';
import { MembershipProjection } from './membership-projection.js';
import { agencyCodec, streamIds } from './streams.js';
import { MEMBERSHIP_EVENT_STORE } from './tokens.js';

export type AgencyRequest =
  | { type: 'RegisterAgency'; agencyId: string; code: string; name: string; kind: AgencyKind }
  | { type: 'RenameAgency'; agencyId: string; name: string; effectiveOn: LocalDate; decision: Decision }
  | { type: 'MergeAgency'; agencyId: string; into: string; effectiveOn: LocalDate; decision: Decision };

export class ChangeAgencies {
  constructor(
    readonly tenant: string,
    readonly request: AgencyRequest,
    /** If-Match: the agency's revision the caller saw. */
    readonly expectedRevision?: number,
  ) {}
}

/** The agency register of a tenant, folded from its stream: other commands read agency facts from it. */
@Injectable()
export class AgencyRegister {
  constructor(@Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore) {}

  async load(tenant: string): Promise<AgencyRegisterState> {
    return (await aggregateStream(this.store, agencyRegisterDecider, tenant, streamIds.agencies(tenant), { codec: agencyCodec })).state;
  }
}

@CommandHandler(ChangeAgencies)
export class ChangeAgenciesHandler implements ICommandHandler<ChangeAgencies, AgencyState> {
  constructor(
    @Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: MembershipProjection,
  ) {}

  async execute({ tenant, request, expectedRevision }: ChangeAgencies): Promise<AgencyState> {
    const now = this.clock.now();
    const metadata = { now };
    const command: AgencyCommand =
      request.type === 'RegisterAgency'
        ? { type: 'RegisterAgency', data: request, metadata }
        : request.type === 'RenameAgency'
          ? { type: 'RenameAgency', data: { ...request, expectedRevision }, metadata }
          : { type: 'MergeAgency', data: { ...request, expectedRevision }, metadata };
    const result = await handleCommand(this.store, agencyRegisterDecider, {
      tenantId: tenant,
      streamId: streamIds.agencies(tenant),
      command,
      occurredAt: request.type === 'RegisterAgency' ? now : vietnamInstant(request.effectiveOn),
      codec: agencyCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState.agencies[request.agencyId];
  }
}
