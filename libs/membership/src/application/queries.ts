// Reads: the read model under the request's scope (row-level security). Dates default to today in Vietnam.
import { Inject, Injectable } from '@nestjs/common';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import { CLOCK, NotFound, type Clock } from '@bcd/kernel';
import { requestScope } from '@bcd/auth';
import {
  MembershipQueries,
  type AgencyView,
  type CommitteeView,
  type MemberView,
  type PendingSeatView,
  type PersonDetailView,
  type RosterView,
  type WorkingGroupView,
} from '../read-model/queries.js';
import { MembershipProjection } from './membership-projection.js';

/** The read model's queries on the store's SQL database. */
@Injectable()
export class MembershipReadModel extends MembershipQueries {
  constructor(projection: MembershipProjection) {
    super({ transaction: (work) => projection.executor.transaction(work) });
  }
}

@Injectable()
export class MembershipReads {
  constructor(
    private readonly readModel: MembershipReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): LocalDate {
    return vietnamDateOf(this.clock.now());
  }

  agencies(tenant: string, asOf?: LocalDate): Promise<AgencyView[]> {
    return this.readModel.agencies(requestScope(), tenant, asOf ?? this.today());
  }

  async agency(tenant: string, agencyId: string, asOf?: LocalDate): Promise<AgencyView> {
    return found(await this.readModel.agency(requestScope(), tenant, agencyId, asOf ?? this.today()), 'Agency', agencyId);
  }

  committees(tenant: string, asOf?: LocalDate): Promise<CommitteeView[]> {
    return this.readModel.committees(requestScope(), tenant, asOf ?? this.today());
  }

  async committee(tenant: string, committeeId: string, asOf?: LocalDate): Promise<CommitteeView> {
    return found(await this.readModel.committee(requestScope(), tenant, committeeId, asOf ?? this.today()), 'Committee', committeeId);
  }

  async roster(tenant: string, committeeId: string, asOf?: LocalDate): Promise<RosterView> {
    return found(await this.readModel.roster(requestScope(), tenant, committeeId, asOf ?? this.today()), 'Committee', committeeId);
  }

  async member(tenant: string, committeeId: string, memberId: string): Promise<MemberView> {
    return found(await this.readModel.member(requestScope(), tenant, committeeId, memberId, this.today()), 'Member', memberId);
  }

  async seatsPendingReplacement(tenant: string, committeeId: string, asOf?: LocalDate): Promise<PendingSeatView[]> {
    await this.committee(tenant, committeeId);
    return this.readModel.seatsPendingReplacement(requestScope(), tenant, committeeId, asOf ?? this.today());
  }

  async workingGroup(tenant: string, committeeId: string, asOf?: LocalDate): Promise<WorkingGroupView> {
    return found(await this.readModel.workingGroup(requestScope(), tenant, committeeId, asOf ?? this.today()), 'Working group of committee', committeeId);
  }

  people(tenant: string): Promise<PersonDetailView[]> {
    return this.readModel.people(requestScope(), tenant);
  }

  async person(tenant: string, personId: string): Promise<PersonDetailView> {
    const [person] = await this.readModel.people(requestScope(), tenant, personId);
    return found(person, 'Person', personId);
  }
}

function found<T>(value: T | undefined, resource: string, id: string): T {
  if (value === undefined) throw new NotFound(resource, id);
  return value;
}
