// EventLogWorkingCalendars on a real store: the built-in holiday data with the platform admins'
// overrides, appended where libs/rulebook's calendar commands append them (stream `calendar-overrides`
// under the platform pseudo-tenant, types `calendar.*`, data as libs/calendar's events): an override is
// seen on the next call, the version (the holidays' ETag) advances with the stream, later overrides
// apply on top of earlier ones, and another process's fold sees them too. The stream is platform-wide
// and may already hold overrides (PostgreSQL is shared by the whole run): every check is relative.
import { BUILT_IN_CALENDAR_YEARS, CALENDAR_OVERRIDES_STREAM, LocalDate, type WorkingCalendar } from '@bcd/calendar';
import type { NewEvent } from '@bcd/kernel';
import { describeOnEveryDatabase } from '../testing/index.js';
import { EventLogWorkingCalendars } from './event-log-working-calendars.js';

const justified = { reason: 'Nghỉ thêm theo thông báo (ngày giả định cho kiểm thử)', decisionRef: 'Thông báo 01/TB-TEST' };

/** A weekday of the built-in years that is a working day in `calendar`, picked at random (reruns on one database differ). */
function someWorkingWeekday(calendar: WorkingCalendar): LocalDate {
  const years = BUILT_IN_CALENDAR_YEARS;
  for (;;) {
    const year = years[Math.floor(Math.random() * years.length)];
    const date = LocalDate.addDays(LocalDate.of(year, 1, 1), Math.floor(Math.random() * 360));
    if (!LocalDate.isWeekend(date) && calendar.isWorkingDay(date)) return date;
  }
}

describeOnEveryDatabase('EventLogWorkingCalendars', (db) => {
  let calendars: EventLogWorkingCalendars;
  const append = (events: NewEvent[]) => db.store.appendToStream('platform', CALENDAR_OVERRIDES_STREAM, events, { expectedVersion: 'any' });

  beforeAll(() => {
    calendars = new EventLogWorkingCalendars(db.store);
  });

  it('sees an override on the next call, and its version advances', async () => {
    const before = await calendars.currentWithVersion();
    const date = someWorkingWeekday(before.calendar);

    const { nextExpectedVersion } = await append([{ type: 'calendar.HolidayAdded', data: { date, kind: 'holiday', name: 'Ngày nghỉ thử', ...justified } }]);

    const after = await calendars.currentWithVersion();
    expect(after.version).toBe(before.version + 1);
    expect(after.version).toBe(nextExpectedVersion);
    expect(after.calendar.isWorkingDay(date)).toBe(false);
    expect(after.calendar.entriesOn(date)).toContainEqual(expect.objectContaining({ date, kind: 'holiday', name: 'Ngày nghỉ thử', basis: 'override' }));
    // the calendar a tenant counts by, and current(), are that one
    expect((await calendars.calendarFor('thanh-hoa')).isWorkingDay(date)).toBe(false);
    expect((await calendars.current()).isWorkingDay(date)).toBe(false);
    // the calendar before is untouched
    expect(before.calendar.isWorkingDay(date)).toBe(true);
  });

  it('applies later overrides on top of earlier ones, in the order recorded', async () => {
    const before = await calendars.currentWithVersion();
    const date = someWorkingWeekday(before.calendar);
    await append([
      { type: 'calendar.HolidayAdded', data: { date, kind: 'holiday', name: 'added, then removed', ...justified } },
      { type: 'calendar.HolidayRemoved', data: { date, ...justified } },
    ]);
    const after = await calendars.currentWithVersion();
    expect(after.version).toBe(before.version + 2);
    expect(after.calendar.isWorkingDay(date)).toBe(true);
  });

  it('answers from its cache while nothing new was recorded', async () => {
    const first = await calendars.currentWithVersion();
    const second = await calendars.currentWithVersion();
    expect(second.version).toBe(first.version);
    expect(second.calendar).toBe(first.calendar);
  });

  it('keeps processes sharing one database in step: another fold sees the same overrides', async () => {
    const here = await calendars.currentWithVersion();
    const date = someWorkingWeekday(here.calendar);
    const elsewhere = new EventLogWorkingCalendars(db.store);
    expect((await elsewhere.currentWithVersion()).version).toBe(here.version);

    await append([{ type: 'calendar.HolidayAdded', data: { date, kind: 'holiday', name: 'recorded elsewhere', ...justified } }]);
    const [seenHere, seenElsewhere] = await Promise.all([calendars.currentWithVersion(), elsewhere.currentWithVersion()]);
    expect(seenHere.version).toBe(here.version + 1);
    expect(seenElsewhere.version).toBe(here.version + 1);
    expect(seenHere.calendar.isWorkingDay(date)).toBe(false);
    expect(seenElsewhere.calendar.isWorkingDay(date)).toBe(false);
  });
});
