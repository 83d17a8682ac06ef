import { PLATFORM_TENANT } from '@bcd/auth';
import { CALENDAR_OVERRIDES_STREAM, type CalendarOverrideEvent } from '@bcd/calendar';
import { namespacedCodec } from '@bcd/kernel';
import type { RegulationEvent } from '../domain/regulations.js';

/** The calendar overrides are platform-level facts: stream `calendar-overrides` under the platform pseudo-tenant. */
export const CALENDAR_TENANT = PLATFORM_TENANT;

export const streamIds = {
  calendarOverrides: CALENDAR_OVERRIDES_STREAM,
  /** A tenant's adoptions and configuration, stored under the tenant itself. */
  regulations: (tenant: string) => `rulebook-regulations-${tenant}`,
};

/** `calendar.HolidayAdded`, `calendar.HolidayRemoved`, `calendar.WorkingDayAdded`. */
export const calendarCodec = namespacedCodec<CalendarOverrideEvent>('calendar');
/** `rulebook.RegulationAdopted`, `rulebook.TenantDecisionConfigured`. */
export const regulationCodec = namespacedCodec<RegulationEvent>('rulebook');
