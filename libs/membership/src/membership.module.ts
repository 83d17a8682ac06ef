import { Global, Module } from '@nestjs/common';
import { MEMBERSHIP_DIRECTORY } from '@bcd/contracts';
import { readModelProvider, Regulations } from '@bcd/service-host';
import { AgenciesCommands } from './application/agencies.commands.js';
import { CommitteeCommands } from './application/committee.commands.js';
import { ReadModelMembershipDirectory } from './application/directory.js';
import { MembershipFacts } from './application/facts.js';
import { PeopleCommands } from './application/people.commands.js';
import { PersonalDataStore } from './application/personal-data.js';
import { WorkingGroupCommands } from './application/working-group.commands.js';
import { AgenciesController } from './http/agencies.controller.js';
import { CommitteesController } from './http/committees.controller.js';
import { MembersController } from './http/members.controller.js';
import { PeopleController } from './http/people.controller.js';
import { WorkingGroupController } from './http/working-group.controller.js';
import { agencyQueryHandlers } from './read-model/agencies.query.js';
import { committeeQueryHandlers } from './read-model/committees.query.js';
import { MemberHandler } from './read-model/members.query.js';
import { membershipProjection } from './read-model/membership.projection.js';
import { peopleQueryHandlers } from './read-model/people.query.js';
import { RosterHandler } from './read-model/roster.query.js';
import { SeatsPendingReplacementHandler } from './read-model/seats-pending.query.js';
import { WorkingGroupHandler } from './read-model/working-group.query.js';

/**
 * Membership: agencies, committees, people and members, long absences, the working group, and the
 * personal-data store. Runs on the host kit (libs/service-host: the command runner, the read models and
 * their database, Idempotency-Key); judges changes by the RegulationsInForce port (token
 * REGULATIONS_IN_FORCE of @bcd/regulation) the host provides; without it every change judged by a
 * regulation is refused. Global, so that every context module of the host can inject the
 * MembershipDirectory port (token MEMBERSHIP_DIRECTORY of @bcd/contracts: people's names, agencies' names
 * on a date) without importing this context.
 */
@Global()
@Module({
  controllers: [AgenciesController, PeopleController, CommitteesController, MembersController, WorkingGroupController],
  providers: [
    readModelProvider(membershipProjection),
    Regulations,
    MembershipFacts,
    PersonalDataStore,
    AgenciesCommands,
    PeopleCommands,
    CommitteeCommands,
    WorkingGroupCommands,
    ...agencyQueryHandlers,
    ...peopleQueryHandlers,
    ...committeeQueryHandlers,
    RosterHandler,
    MemberHandler,
    SeatsPendingReplacementHandler,
    WorkingGroupHandler,
    { provide: MEMBERSHIP_DIRECTORY, useClass: ReadModelMembershipDirectory },
  ],
  exports: [MEMBERSHIP_DIRECTORY],
})
export class MembershipModule {}
