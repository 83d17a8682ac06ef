// What a reporting command or process needs from elsewhere, each through its port, never another context's
// tables: the regulations adopted and the one in force (the kit's Regulations), the tenant's working
// calendar (WORKING_CALENDARS), the roster on a date and who the caller is (ROSTERS), and this context's own
// setup and templates (their streams).
import { Inject, Injectable } from '@nestjs/common';
import { WORKING_CALENDARS, type LocalDate, type WorkingCalendar, type WorkingCalendars } from '@bcd/calendar';
import { Forbidden, type Actor } from '@bcd/kernel';
import type { Adoption } from '@bcd/regulation';
import { ROSTERS, type Rosters, type SeatSpan } from '@bcd/contracts';
import { Caller, CommandRunner, Regulations } from '@bcd/service-host';
import { setupAggregate, type SetupState } from '../domain/setup/setup.js';
import { templatesAggregate, type TemplatesState } from '../domain/template/template.js';

@Injectable()
export class ReportingFacts {
  constructor(
    @Inject(ROSTERS) private readonly rosters: Rosters,
    @Inject(WORKING_CALENDARS) private readonly calendars: WorkingCalendars,
    private readonly regulations: Regulations,
    private readonly runner: CommandRunner,
    private readonly caller: Caller,
  ) {}

  adoptions(tenant: string): Promise<readonly Adoption[]> {
    return this.regulations.adoptions(tenant);
  }

  calendar(tenant: string): Promise<WorkingCalendar> {
    return this.calendars.calendarFor(tenant);
  }

  roster(tenant: string, date: LocalDate): Promise<SeatSpan[]> {
    return this.rosters.rosterOn(tenant, date);
  }

  async setup(tenant: string): Promise<SetupState> {
    return (await this.setupWithVersion(tenant)).state;
  }

  setupWithVersion(tenant: string): Promise<{ state: SetupState; version: number }> {
    return this.runner.load(setupAggregate, tenant, tenant);
  }

  async templates(tenant: string): Promise<TemplatesState> {
    return (await this.templatesWithVersion(tenant)).state;
  }

  templatesWithVersion(tenant: string): Promise<{ state: TemplatesState; version: number }> {
    return this.runner.load(templatesAggregate, tenant, tenant);
  }

  actor(): Actor {
    return this.caller.actor();
  }

  /** The seat of the caller's linked person on `date` (403 when their account is linked to no member then). */
  callerSeat(tenant: string, date: LocalDate, what: string): Promise<SeatSpan> {
    return this.caller.seatOn(tenant, date, what);
  }

  /** Whether the caller keeps the committee's records (secretariat, tenant or platform admin) rather than acting for themselves. */
  actsForRecords(): boolean {
    return this.caller.actsForRecords();
  }

  /** The secretariat acts for any agency; a member only for the agency they represent on `date`. */
  async ensureActsFor(tenant: string, agencyId: string | null, date: LocalDate, what: string): Promise<void> {
    if (this.actsForRecords()) return;
    const seat = await this.callerSeat(tenant, date, what);
    if (agencyId === null || seat.agencyId !== agencyId) throw new Forbidden(`${what}: a member acts for the agency they represent only.`);
  }
}
