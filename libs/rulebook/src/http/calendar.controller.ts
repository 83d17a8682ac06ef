import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '@bcd/auth';
import {
  AddWorkingDaysQuery,
  HolidaysQuery,
  RecordCalendarOverrideCommand,
  WorkingDaysQuery,
  type AddWorkingDaysView,
  type DayView,
  type HolidaysView,
  type WorkingDaysView,
} from '../application/calendar.js';
import { CALENDAR_KEEPERS } from './roles.js';
import { AddHolidayBody, AddWorkingDayBody, AddWorkingDaysParams, dateParam, HolidaysParams, parse, RemoveHolidayBody, WorkingDaysParams } from './schemas.js';

/**
 * The working-day calendar of public agencies (built-in holiday data 2008–2027 with the platform
 * admins' overrides). Reading it needs a token (any role): it is the platform's own reference data.
 * Dates outside the data answer 404.
 */
@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('working-days')
  @Authenticated()
  @ApiQuery({ name: 'from', type: String, example: '2024-02-01' })
  @ApiQuery({ name: 'to', type: String, example: '2024-02-29' })
  @ApiOperation({
    summary:
      'The working days in [from, to] (both included) and their count, and workingDaysBetween: the working days after `from` up to and including `to`.',
  })
  workingDays(@Query() query: unknown): Promise<WorkingDaysView> {
    const { from, to } = parse(WorkingDaysParams, query);
    return this.queries.execute(new WorkingDaysQuery(from, to));
  }

  @Get('add-working-days')
  @Authenticated()
  @ApiQuery({ name: 'date', type: String, example: '2025-01-24' })
  @ApiQuery({ name: 'days', type: String, example: '3', description: 'negative: working days before the date' })
  @ApiOperation({ summary: 'The date `days` working days after `date` (before it when negative; `date` itself when 0).' })
  addWorkingDays(@Query() query: unknown): Promise<AddWorkingDaysView> {
    const { date, days } = parse(AddWorkingDaysParams, query);
    return this.queries.execute(new AddWorkingDaysQuery(date, days));
  }

  @Get('holidays')
  @Authenticated()
  @ApiQuery({ name: 'year', type: String, example: '2025' })
  @ApiOperation({ summary: 'Holidays, days off and make-up working days of a year, with kind, name, source and basis (announced, derived-by-rule, override).' })
  holidays(@Query() query: unknown): Promise<HolidaysView> {
    const { year } = parse(HolidaysParams, query);
    return this.queries.execute(new HolidaysQuery(year));
  }

  @Post('holidays')
  @Roles(...CALENDAR_KEEPERS)
  @ApiOperation({ summary: 'Add a day off: {date, name, kind?, reason, decisionRef}. kind: holiday (default), compensatory-day-off, swapped-day-off.' })
  addHoliday(@Body() body: unknown): Promise<DayView> {
    const { date, kind, name, reason, decisionRef } = parse(AddHolidayBody, body);
    return this.commands.execute(
      new RecordCalendarOverrideCommand({ type: 'AddHoliday', data: { date, name, reason, decisionRef, ...(kind === undefined ? {} : { kind }) } }),
    );
  }

  @Delete('holidays/:date')
  @Roles(...CALENDAR_KEEPERS)
  @ApiQuery({ name: 'reason', type: String, required: false, description: 'or in the body' })
  @ApiQuery({ name: 'decisionRef', type: String, required: false, description: 'or in the body' })
  @ApiOperation({ summary: 'Make a day off a working day again: {reason, decisionRef} in the body or the query string.' })
  removeHoliday(@Param('date') date: string, @Body() body: unknown, @Query() query: unknown): Promise<DayView> {
    const { reason, decisionRef } = parse(RemoveHolidayBody, { ...(query as object), ...(body as object | undefined) });
    return this.commands.execute(new RecordCalendarOverrideCommand({ type: 'RemoveHoliday', data: { date: dateParam(date), reason, decisionRef } }));
  }

  @Post('working-days')
  @Roles(...CALENDAR_KEEPERS)
  @ApiOperation({ summary: 'Add a make-up working day (làm bù) on a Saturday or Sunday: {date, name?, reason, decisionRef}.' })
  addWorkingDay(@Body() body: unknown): Promise<DayView> {
    const { date, name, reason, decisionRef } = parse(AddWorkingDayBody, body);
    return this.commands.execute(
      new RecordCalendarOverrideCommand({ type: 'AddWorkingDay', data: { date, reason, decisionRef, ...(name === undefined ? {} : { name }) } }),
    );
  }
}
