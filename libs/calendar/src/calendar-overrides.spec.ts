import { DeciderSpecification, ValidationFailed } from '@bcd/kernel';
import {
  type CalendarOverrideCommand,
  type CalendarOverrideEvent,
  CALENDAR_RULES,
  applyOverrides,
  calendarOverrides,
  overriddenCalendar,
} from './calendar-overrides.js';
import { LocalDate } from './local-date.js';
import { builtInCalendarEntries } from './working-calendar.js';

const now = new Date('2026-10-20T03:00:00Z');
const d = (s: string) => LocalDate.parse(s);
const decisionRef = 'Thông báo của Bộ Nội vụ về nghỉ Tết Âm lịch 2027';
const reason = 'Thủ tướng đã chọn ngày nghỉ Tết 2027';

const addHoliday = (date: string, name = 'Tết Nguyên đán (mùng 4)', kind?: 'swapped-day-off'): CalendarOverrideCommand => ({
  type: 'AddHoliday',
  data: { date, name, reason, decisionRef, ...(kind ? { kind } : {}) },
  metadata: { now },
});
const removeHoliday = (date: string): CalendarOverrideCommand => ({ type: 'RemoveHoliday', data: { date, reason, decisionRef }, metadata: { now } });
const addWorkingDay = (date: string): CalendarOverrideCommand => ({
  type: 'AddWorkingDay',
  data: { date, name: 'Làm bù', reason, decisionRef },
  metadata: { now },
});
const holidayAdded = (date: string, name = 'Tết Nguyên đán (mùng 4)', kind: 'holiday' | 'swapped-day-off' = 'holiday'): CalendarOverrideEvent => ({
  type: 'HolidayAdded',
  data: { date: d(date), kind, name, reason, decisionRef },
});
const holidayRemoved = (date: string): CalendarOverrideEvent => ({ type: 'HolidayRemoved', data: { date: d(date), reason, decisionRef } });
const workingDayAdded = (date: string): CalendarOverrideEvent => ({
  type: 'WorkingDayAdded',
  data: { date: d(date), name: 'Làm bù', reason, decisionRef },
});

const spec = DeciderSpecification.for(calendarOverrides);

describe('calendar overrides: AddHoliday', () => {
  it('given no overrides, when a platform admin adds a day off on a working day, then HolidayAdded', () => {
    spec.given([]).when(addHoliday('2027-02-11')).then([holidayAdded('2027-02-11')]);
  });

  it('given the day was already added by the same decision, when added again (a retry), then nothing happens', () => {
    spec.given([holidayAdded('2027-02-11')]).when(addHoliday('2027-02-11')).thenNothingHappened();
  });

  it('given the built-in data, when adding a day that is already a holiday, then it is refused', () => {
    spec.given([]).when(addHoliday('2025-01-29')).thenThrowsRule(CALENDAR_RULES.alreadyDayOff);
  });

  it('when the command is incomplete or outside the covered years, then ValidationFailed names the fields', () => {
    spec
      .given([])
      .when({ type: 'AddHoliday', data: { date: '2027-02-30', name: ' ', reason: '', decisionRef }, metadata: { now } })
      .thenThrows(ValidationFailed, (e) => e.errors.map((x) => x.path).join(',') === 'date,reason,name');
    spec
      .given([])
      .when(addHoliday('2030-01-02'))
      .thenThrows(ValidationFailed, (e) => /covers \(2008–2027\)/.test(e.errors[0].message));
  });
});

describe('calendar overrides: AddHoliday on a make-up working day', () => {
  it('given a make-up Saturday in the data (26/4/2025) or added by an override, when a day off is added on it, then it is refused', () => {
    spec.given([]).when(addHoliday('2025-04-26')).thenThrowsRule(CALENDAR_RULES.dayOffOnMakeUpDay);
    spec.given([workingDayAdded('2027-02-20')]).when(addHoliday('2027-02-20')).thenThrowsRule(CALENDAR_RULES.dayOffOnMakeUpDay);
  });
});

describe('calendar overrides: RemoveHoliday', () => {
  it('given a derived holiday in the data, when removed, then HolidayRemoved', () => {
    spec.given([]).when(removeHoliday('2027-02-10')).then([holidayRemoved('2027-02-10')]);
  });

  it('given the day was already removed by the same decision, when removed again, then nothing happens', () => {
    spec.given([holidayRemoved('2027-02-10')]).when(removeHoliday('2027-02-10')).thenNothingHappened();
  });

  it('when removing an ordinary working day, then it is refused', () => {
    spec.given([]).when(removeHoliday('2027-03-10')).thenThrowsRule(CALENDAR_RULES.notADayOff);
  });

  it('given a day added by an override, when removed, then the state shows both and the day works again', () => {
    spec
      .given([holidayAdded('2027-02-11')])
      .when(removeHoliday('2027-02-11'))
      .thenState({ overrides: [holidayAdded('2027-02-11'), holidayRemoved('2027-02-11')] });
  });
});

describe('calendar overrides: AddWorkingDay', () => {
  it('given a swapped day off, when its Saturday is added as a make-up working day, then WorkingDayAdded', () => {
    spec
      .given([holidayAdded('2027-02-12', 'Nghỉ hoán đổi', 'swapped-day-off')])
      .when(addWorkingDay('2027-02-20'))
      .then([workingDayAdded('2027-02-20')]);
  });

  it('when the date is a weekday, then it is refused: a make-up day is a weekend day', () => {
    spec.given([]).when(addWorkingDay('2027-03-10')).thenThrowsRule(CALENDAR_RULES.makeUpDayNotWeekend);
  });

  it('when the Saturday is a holiday (mùng 1 Tết 2027), then it is refused', () => {
    spec.given([]).when(addWorkingDay('2027-02-06')).thenThrowsRule(CALENDAR_RULES.makeUpDayIsDayOff);
  });

  it('given a make-up day in the data (Saturday 4/5/2024), when added again by another decision, then it is refused', () => {
    spec.given([]).when(addWorkingDay('2024-05-04')).thenThrowsRule(CALENDAR_RULES.alreadyWorkingDay);
    spec.given([workingDayAdded('2027-02-20')]).when(addWorkingDay('2027-02-20')).thenNothingHappened();
  });
});

describe('applying overrides to the base data', () => {
  it('adds, removes and makes up days in the order they were recorded', () => {
    const overrides = [
      holidayRemoved('2027-02-10'),
      holidayAdded('2027-02-11'),
      holidayAdded('2027-02-12', 'Nghỉ hoán đổi', 'swapped-day-off'),
      workingDayAdded('2027-02-20'),
    ];
    const calendar = overriddenCalendar({ overrides });
    expect(calendar.isWorkingDay(d('2027-02-10'))).toBe(true);
    expect(calendar.isWorkingDay(d('2027-02-11'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-02-12'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-02-20'))).toBe(true);
    expect(calendar.entriesOn(d('2027-02-11'))).toEqual([
      { date: '2027-02-11', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: decisionRef, basis: 'override', note: reason },
    ]);
    // the base data is not touched
    expect(applyOverrides(builtInCalendarEntries, [])).toEqual(builtInCalendarEntries);
    expect(builtInCalendarEntries.some((e) => e.date === '2027-02-10')).toBe(true);
  });
});
