// The Vietnamese lunisolar calendar (âm lịch), computed for the UTC+07:00 meridian.
// Astronomical algorithm as published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"), after Jean Meeus,
// "Astronomical Algorithms": new moons and the sun's longitude give month starts and leap months.
// Vietnam's calendar differs from China's in some years only because of the meridian (e.g. Tết 1985),
// so the time zone matters. lunar.spec.ts checks it against published Tết and Giỗ Tổ dates.
//
// Used to derive and check the lunar holidays in the holiday data (Tết Nguyên đán, Giỗ Tổ Hùng Vương);
// the calendar itself reads only the data.

import { LocalDate } from './local-date.js';

export interface LunarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–30. */
  day: number;
  /** True in the repeated (leap) month of a 13-month year. */
  leap: boolean;
}

const TIME_ZONE = 7;
const MS_PER_DAY = 86_400_000;
// Julian day number of 1970-01-01.
const JD_UNIX_EPOCH = 2440588;

function julianDay(date: LocalDate): number {
  return LocalDate.daysBetween('1970-01-01' as LocalDate, date) + JD_UNIX_EPOCH;
}

function fromJulianDay(jd: number): LocalDate {
  return new Date((jd - JD_UNIX_EPOCH) * MS_PER_DAY).toISOString().slice(0, 10) as LocalDate;
}

/** Julian day (with fraction) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c = c - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c = c - 0.0004 * Math.sin(dr * 3 * Mpr);
  c = c + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c = c - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c = c - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c = c + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** Sun's apparent longitude in radians at a Julian day (with fraction). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** The local day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a local day. */
function solarTerm(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** First day of the 11th lunar month (the one holding the winter solstice) of a solar year. */
function lunarMonth11(year: number): number {
  const offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
  const k = Math.floor(offset / 29.530588853);
  const start = newMoonDay(k);
  return solarTerm(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month year starting at month 11 `a11`: the offset of the leap month (the first without a major term). */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let term = solarTerm(newMoonDay(k + i));
  do {
    last = term;
    i++;
    term = solarTerm(newMoonDay(k + i));
  } while (term !== last && i < 14);
  return i - 1;
}

export function solarToLunar(date: LocalDate): LunarDate {
  const dayNumber = julianDay(date);
  const k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  const solarYear = LocalDate.year(date);
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** The solar date of a lunar date; RangeError when the date does not exist (e.g. a leap month the year lacks). */
export function lunarToSolar({ year, month, day, leap }: LunarDate): LocalDate {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const result = fromJulianDay(newMoonDay(k + offset) + day - 1);
  const back = solarToLunar(result);
  if (day < 1 || day > 30 || back.month !== month || back.leap !== leap) {
    throw new RangeError(`Lunar date ${day}/${month}/${year} does not exist`);
  }
  return result;
}

/** Mùng 1 Tết: the first day of the first lunar month of `year`. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export function hungKingsCommemoration(year: number): LocalDate {
  return lunarToSolar({ year, month: 3, day: 10, leap: false });
}
