// The WorkingCalendars port: the built-in holiday data of libs/calendar with the platform admins'
// overrides (stream `calendar-overrides` under the platform pseudo-tenant) applied on top. The stream is
// small (a few overrides a year), so it is folded, not projected; the fold is cached and each call
// fetches only the events after the cached version (one indexed query that usually returns nothing),
// which gives read-your-writes after an override and keeps processes sharing one database in step.
import { Inject, Injectable } from '@nestjs/common';
import {
  CALENDAR_OVERRIDES_STREAM,
  calendarOverridesAggregate,
  overriddenCalendar,
  vietnamCalendar,
  type CalendarOverridesState,
  type WorkingCalendar,
  type WorkingCalendars,
} from '@bcd/calendar';
import type { StreamStore } from '@bcd/kernel';
import { PLATFORM_TENANT } from '@bcd/auth';
import { EVENT_STORE } from '../event-store.module.js';

interface Cached {
  version: number;
  state: CalendarOverridesState;
  calendar: WorkingCalendar;
}

@Injectable()
export class EventLogWorkingCalendars implements WorkingCalendars {
  private cached: Cached = { version: 0, state: { overrides: [] }, calendar: vietnamCalendar };

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  /** Every tenant counts by the platform's calendar today (overrides are platform-wide). */
  async calendarFor(_tenantId: string): Promise<WorkingCalendar> {
    return this.current();
  }

  /** The calendar with every override recorded so far. */
  async current(): Promise<WorkingCalendar> {
    return (await this.currentWithVersion()).calendar;
  }

  /** The same, with the version of the overrides stream it includes (the ETag of the holidays). */
  async currentWithVersion(): Promise<{ calendar: WorkingCalendar; version: number }> {
    const base = this.cached;
    const events = await this.store.readStream(PLATFORM_TENANT, CALENDAR_OVERRIDES_STREAM, { fromVersion: base.version + 1 });
    if (events.length === 0) return base;
    const state: CalendarOverridesState = { overrides: [...base.state.overrides, ...events.map((e) => calendarOverridesAggregate.codec.decode(e))] };
    const next: Cached = { version: events[events.length - 1].streamVersion, state, calendar: overriddenCalendar(state) };
    // Two reads may race: keep whichever saw more.
    if (next.version > this.cached.version) this.cached = next;
    return next;
  }
}
