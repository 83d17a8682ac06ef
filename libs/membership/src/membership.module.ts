import { Module, type DynamicModule } from '@nestjs/common';
import { AgencyRegister, ChangeAgenciesHandler } from './application/agencies.js';
import { ChangeCommitteeHandler, ChangeMemberHandler, CommitteeCommands, CommitteeReader } from './application/committees.js';
import { IdempotencyInterceptor, IdempotencyStore } from './application/idempotency.js';
import { MembershipProjection } from './application/membership-projection.js';
import { ChangePeopleHandler, PersonDirectory } from './application/people.js';
import { PersonalDataStore } from './application/personal-data.js';
import { MembershipReadModel, MembershipReads } from './application/queries.js';
import { Regulations } from './application/regulations.js';
import { MEMBERSHIP_EVENT_STORE, MEMBERSHIP_PROJECTION_HOST, type MembershipModuleOptions } from './application/tokens.js';
import { ChangeWorkingGroupHandler, WorkingGroupCommands } from './application/working-groups.js';
import { AgenciesController } from './http/agencies.controller.js';
import { CommitteesController } from './http/committees.controller.js';
import { MembersController } from './http/members.controller.js';
import { PeopleController } from './http/people.controller.js';
import { WorkingGroupController } from './http/working-group.controller.js';

/**
 * Membership: agencies, committees, people and members, long absences, the working group, and the
 * personal-data store. Needs from the host: the event store and its SQL side (tokens in the options),
 * the CQRS buses, the CLOCK, and the RegulationsInForce port (token REGULATIONS_IN_FORCE of
 * @bcd/regulation; without it every change judged by a regulation is refused).
 */
@Module({})
export class MembershipModule {
  static forRoot(options: MembershipModuleOptions): DynamicModule {
    return {
      module: MembershipModule,
      controllers: [AgenciesController, PeopleController, CommitteesController, MembersController, WorkingGroupController],
      providers: [
        { provide: MEMBERSHIP_EVENT_STORE, useExisting: options.eventStore },
        { provide: MEMBERSHIP_PROJECTION_HOST, useExisting: options.projectionHost },
        MembershipProjection,
        Regulations,
        PersonalDataStore,
        IdempotencyStore,
        IdempotencyInterceptor,
        AgencyRegister,
        PersonDirectory,
        CommitteeReader,
        CommitteeCommands,
        WorkingGroupCommands,
        MembershipReadModel,
        MembershipReads,
        ChangeAgenciesHandler,
        ChangePeopleHandler,
        ChangeCommitteeHandler,
        ChangeMemberHandler,
        ChangeWorkingGroupHandler,
      ],
    };
  }
}
