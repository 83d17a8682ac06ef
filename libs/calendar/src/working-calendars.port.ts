import type { WorkingCalendar } from './working-calendar.js';

/**
 * How any context counts working days for a tenant's facts: the built-in holiday data with the
 * platform admins' overrides (stream `calendar-overrides`), without depending on the context that
 * records them. The host provides it under WORKING_CALENDARS.
 */
export interface WorkingCalendars {
  /** The calendar a tenant's deadlines and lead times are counted by, with every override recorded so far. */
  calendarFor(tenantId: string): Promise<WorkingCalendar>;
}

/** DI token (a plain symbol: this lib is pure and imports no framework). */
export const WORKING_CALENDARS = Symbol.for('bcd.WorkingCalendars');
