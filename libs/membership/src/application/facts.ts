// What a command needs to know from elsewhere before its aggregate decides, read through the kit's
// runner (the streams as they are now) and the RegulationsInForce port: an agency on a date, whether a
// person exists or was erased, a committee's state, the regulation in force on a date and its span.
import { Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { RegulationSpan } from '@bcd/regulation';
import { CommandRunner, Regulations } from '@bcd/service-host';
import { agencyRegisterAggregate } from '../domain/agencies/agencies.decider.js';
import { agencyFactsOn, type AgencyRegisterState } from '../domain/agencies/agencies.js';
import { committeeAggregate } from '../domain/committee/committee.decider.js';
import type { ActiveCommittee, CommitteeState, MemberState } from '../domain/committee/committee.js';
import type { AgencyFacts, PersonFacts } from '../domain/facts.js';
import { personAggregate } from '../domain/person/person.decider.js';
import { personFacts } from '../domain/person/person.js';

@Injectable()
export class MembershipFacts {
  constructor(
    private readonly runner: CommandRunner,
    private readonly regulations: Regulations,
  ) {}

  async agencies(tenant: string): Promise<AgencyRegisterState> {
    return (await this.runner.load(agencyRegisterAggregate, tenant, tenant)).state;
  }

  /** An agency's name on `date` and its merge; 404 when the tenant has no such agency. */
  async agency(tenant: string, agencyId: string, date: LocalDate): Promise<AgencyFacts> {
    return agencyFactsOn(await this.agencies(tenant), agencyId, date);
  }

  /** 404 when the tenant has no such person. */
  async person(tenant: string, personId: string): Promise<PersonFacts> {
    return personFacts((await this.runner.load(personAggregate, tenant, personId)).state, personId);
  }

  async committee(tenant: string, committeeId: string): Promise<CommitteeState> {
    return (await this.runner.load(committeeAggregate, tenant, committeeId)).state;
  }

  /** 404 when there is no such committee. */
  async existingCommittee(tenant: string, committeeId: string): Promise<ActiveCommittee> {
    const state = await this.committee(tenant, committeeId);
    if (state.status === 'absent') throw new NotFound('Committee', committeeId);
    return state;
  }

  /** 404 when there is no such committee or member. */
  async member(tenant: string, committeeId: string, memberId: string): Promise<MemberState> {
    const member = (await this.existingCommittee(tenant, committeeId)).members[memberId];
    if (!member) throw new NotFound('Member', memberId);
    return member;
  }

  regulation(tenant: string, date: LocalDate): Promise<RegulationSpan | undefined> {
    return this.regulations.inForce(tenant, date);
  }
}
