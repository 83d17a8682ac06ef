import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { LocalDate } from '@bcd/calendar';
import { RoleGroups } from '@bcd/auth';
import { Change, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { RecordCalendarOverride } from '../application/calendar.commands.js';
import {
  AddWorkingDaysQuery,
  AddWorkingDaysViewSchema,
  DayViewSchema,
  HolidaysQuery,
  HolidaysViewSchema,
  WorkingDaysQuery,
  WorkingDaysViewSchema,
  type AddWorkingDaysView,
  type DayView,
  type HolidaysView,
  type WorkingDaysView,
} from '../read-model/calendar.query.js';
import { AddHolidayBody, AddWorkingDayBody, AddWorkingDaysParams, HolidaysParams, RemoveHolidayBody, RemoveHolidayQuery, WorkingDaysParams } from './calendar.schemas.js';

/**
 * The working-day calendar of public agencies (built-in holiday data 2008–2027 with the platform
 * admins' overrides). Reading it needs a token (any role): it is the platform's own reference data.
 * Dates outside the data answer 404. The overrides' ETag (from GET holidays) is the version of the
 * overrides stream; an override with a stale If-Match is 409.
 */
@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('working-days', {
    operationId: 'listWorkingDays',
    summary: 'The working days in [from, to] (both included) and their count, and workingDaysBetween: the working days after `from` up to and including `to`.',
    roles: 'authenticated',
    query: WorkingDaysParams,
    response: WorkingDaysViewSchema,
  })
  workingDays(@Query() query: unknown): Promise<WorkingDaysView> {
    const { from, to } = parse(WorkingDaysParams, query);
    return this.queries.execute(new WorkingDaysQuery(from, to));
  }

  @Read('add-working-days', {
    operationId: 'addWorkingDays',
    summary: 'The date `days` working days after `date` (before it when negative; `date` itself when 0).',
    roles: 'authenticated',
    query: AddWorkingDaysParams,
    response: AddWorkingDaysViewSchema,
  })
  addWorkingDays(@Query() query: unknown): Promise<AddWorkingDaysView> {
    const { date, days } = parse(AddWorkingDaysParams, query);
    return this.queries.execute(new AddWorkingDaysQuery(date, days));
  }

  @Read('holidays', {
    operationId: 'listHolidays',
    summary: 'Holidays, days off and make-up working days of a year, with kind, name, source and basis (announced, derived-by-rule, override). ETag: the overrides\' version.',
    roles: 'authenticated',
    query: HolidaysParams,
    response: HolidaysViewSchema,
  })
  async holidays(@Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<HolidaysView> {
    const { year } = parse(HolidaysParams, query);
    const { holidays, version } = await this.queries.execute(new HolidaysQuery(year));
    return withEtag(reply, version, holidays);
  }

  @Change('POST', 'holidays', {
    operationId: 'addHoliday',
    summary: 'Add a day off: {date, name, kind?, reason, decisionRef}. kind: holiday (default), compensatory-day-off, swapped-day-off.',
    roles: RoleGroups.platformAdmins,
    body: AddHolidayBody,
    response: DayViewSchema,
    ifMatch: 'the holidays (GET /api/calendar/holidays)',
  })
  addHoliday(@Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<DayView> {
    const { date, kind, name, reason, decisionRef } = parse(AddHolidayBody, body);
    return this.record(reply, { type: 'AddHoliday', data: { date, name, reason, decisionRef, ...(kind === undefined ? {} : { kind }) } }, expected);
  }

  @Change('DELETE', 'holidays/:date', {
    operationId: 'removeHoliday',
    summary: 'Make a day off a working day again: {reason, decisionRef} in the body or the query string.',
    roles: RoleGroups.platformAdmins,
    body: RemoveHolidayBody,
    query: RemoveHolidayQuery,
    response: DayViewSchema,
    ifMatch: 'the holidays (GET /api/calendar/holidays)',
  })
  removeHoliday(
    @Param('date') date: string,
    @Body() body: unknown,
    @Query() query: unknown,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DayView> {
    const { reason, decisionRef } = parse(RemoveHolidayBody, { ...(query as object), ...(body as object | undefined) });
    return this.record(reply, { type: 'RemoveHoliday', data: { date: LocalDate.parse(date, 'date'), reason, decisionRef } }, expected);
  }

  @Change('POST', 'working-days', {
    operationId: 'addWorkingDay',
    summary: 'Add a make-up working day (làm bù) on a Saturday or Sunday: {date, name?, reason, decisionRef}.',
    roles: RoleGroups.platformAdmins,
    body: AddWorkingDayBody,
    response: DayViewSchema,
    ifMatch: 'the holidays (GET /api/calendar/holidays)',
  })
  addWorkingDay(@Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<DayView> {
    const { date, name, reason, decisionRef } = parse(AddWorkingDayBody, body);
    return this.record(reply, { type: 'AddWorkingDay', data: { date, reason, decisionRef, ...(name === undefined ? {} : { name }) } }, expected);
  }

  private async record(reply: FastifyReply, override: RecordCalendarOverride['override'], expected: number | undefined): Promise<DayView> {
    const { day, version } = await this.commands.execute(new RecordCalendarOverride(override, expected));
    return withEtag(reply, version, day);
  }
}
