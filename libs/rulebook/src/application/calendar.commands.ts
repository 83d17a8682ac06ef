// The platform admins' overrides of the holiday calendar (libs/calendar's decider and rules), run by the
// kit's runner on the one `calendar-overrides` stream; If-Match names its version (the holidays' ETag).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { calendarOverridesAggregate, LocalDate, type CalendarOverrideCommand } from '@bcd/calendar';
import type { CommandInput } from '@bcd/kernel';
import { PLATFORM_TENANT } from '@bcd/auth';
import { CommandRunner, EventLogWorkingCalendars } from '@bcd/service-host';
import { dayView, ensureCovered, type DayView } from '../read-model/calendar.query.js';

export class RecordCalendarOverride extends Command<{ day: DayView; version: number }> {
  constructor(
    readonly override: CommandInput<CalendarOverrideCommand>,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(RecordCalendarOverride)
export class CalendarCommands implements ICommandHandler<RecordCalendarOverride> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly calendars: EventLogWorkingCalendars,
  ) {}

  async execute({ override, expectedVersion }: RecordCalendarOverride): Promise<{ day: DayView; version: number }> {
    const { date } = override.data;
    // A well-formed date outside the data is 404, as on every calendar route; the decider checks the rest.
    if (LocalDate.is(date)) ensureCovered(await this.calendars.current(), date);
    const { version } = await this.runner.run(calendarOverridesAggregate, { tenantId: PLATFORM_TENANT, id: 'overrides', expectedVersion }, () => override);
    return { day: dayView(await this.calendars.current(), date as LocalDate), version };
  }
}
