// What a meetings command needs to know from elsewhere before the aggregate decides, each read through
// its port, never another context's tables: the roster in force on a date (ROSTERS, folded from
// membership's published events), the member the authenticated user is (the person their account is
// linked to, ROSTERS), the regulation in force (Regulations of the kit), the tenant's working calendar
// (WORKING_CALENDARS), and names the events do not carry (MEMBERSHIP_DIRECTORY, served by membership).
import { Inject, Injectable, Optional } from '@nestjs/common';
import { WORKING_CALENDARS, type LocalDate, type WorkingCalendar, type WorkingCalendars } from '@bcd/calendar';
import { Forbidden, type Actor } from '@bcd/kernel';
import type { RegulationSpan } from '@bcd/regulation';
import { MEMBERSHIP_DIRECTORY, ROSTERS, type MembershipDirectory, type ParticipantData, type Rosters, type SeatSpan } from '@bcd/contracts';
import { Caller, Regulations } from '@bcd/service-host';

@Injectable()
export class MeetingFacts {
  constructor(
    @Inject(ROSTERS) private readonly rosters: Rosters,
    @Inject(WORKING_CALENDARS) private readonly calendars: WorkingCalendars,
    private readonly regulations: Regulations,
    private readonly caller: Caller,
    @Optional() @Inject(MEMBERSHIP_DIRECTORY) readonly directory?: MembershipDirectory,
  ) {}

  /** The members serving on `date` (of one committee when named), as a meeting invites them. */
  async roster(tenant: string, date: LocalDate, committeeId?: string): Promise<ParticipantData[]> {
    return (await this.seats(tenant, date, committeeId)).map(participant);
  }

  /** The seats held on `date`, with the committee each belongs to. */
  seats(tenant: string, date: LocalDate, committeeId?: string): Promise<SeatSpan[]> {
    return this.rosters.rosterOn(tenant, date, committeeId);
  }

  regulation(tenant: string, date: LocalDate): Promise<RegulationSpan | undefined> {
    return this.regulations.inForce(tenant, date);
  }

  calendar(tenant: string): Promise<WorkingCalendar> {
    return this.calendars.calendarFor(tenant);
  }

  /** Who is calling: the actor of the request (the guard set it). */
  actor(): Actor {
    return this.caller.actor();
  }

  /** Whether the caller acts for the committee's records (secretariat, tenant or platform admin) rather than for themselves. */
  actsForRecords(): boolean {
    return this.caller.actsForRecords();
  }

  /**
   * The member the caller is among `participants` (the person their account is linked to, membership's
   * PUT …/people/:personId/account); 403 when their account is linked to none of them.
   */
  async callerAmong(tenant: string, participants: readonly ParticipantData[], what: string): Promise<ParticipantData> {
    const { userId } = this.actor();
    const people = await this.rosters.peopleOfUser(tenant, userId);
    const member = participants.find((p) => people.includes(p.personId));
    if (!member) {
      throw new Forbidden(
        `${what}: your account is linked to no member of the committee concerned (a tenant admin links it: PUT /api/tenants/${tenant}/membership/people/{personId}/account).`,
      );
    }
    return member;
  }
}

export function participant({ memberId, personId, role, agencyId }: SeatSpan): ParticipantData {
  return { memberId, personId, role, agencyId };
}
