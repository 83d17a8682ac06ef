// Who is calling, as every context's commands need it: the actor the guard set, whether they keep the
// committee's records (secretariat, tenant or platform admin) or act for themselves, and the seat of the member
// their account is linked to on a date (membership's PUT …/people/:personId/account), read through ROSTERS.
import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { Forbidden, type Actor } from '@bcd/kernel';
import { currentRequestContext, RoleGroups } from '@bcd/auth';
import { ROSTERS, type Rosters, type SeatSpan } from '@bcd/contracts';

const KEEPER_ROLES: ReadonlySet<string> = new Set(RoleGroups.tenantKeepers);

@Injectable()
export class Caller {
  constructor(@Inject(ROSTERS) private readonly rosters: Rosters) {}

  /** The actor of the request (403 without one). */
  actor(): Actor {
    const actor = currentRequestContext()?.actor;
    if (!actor) throw new Forbidden('This change needs an authenticated caller.');
    return actor;
  }

  /** Whether the caller keeps the committee's records (secretariat, tenant or platform admin) rather than acting for themselves. */
  actsForRecords(): boolean {
    return KEEPER_ROLES.has(this.actor().role ?? '');
  }

  /** The seat of the caller's linked person on `date` (403 when their account is linked to no member then). */
  async seatOn(tenant: string, date: LocalDate, what: string): Promise<SeatSpan> {
    const people = await this.rosters.peopleOfUser(tenant, this.actor().userId);
    const seat = (await this.rosters.rosterOn(tenant, date)).find((s) => people.includes(s.personId));
    if (!seat) {
      throw new Forbidden(`${what}: your account is linked to no member of the committee on ${date} (a tenant admin links it: PUT /api/tenants/${tenant}/membership/people/{personId}/account).`);
    }
    return seat;
  }
}
