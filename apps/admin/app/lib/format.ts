// How the app writes numbers, money and time. Business dates (`…On`, YYYY-MM-DD) are calendar days and are
// never moved through a time zone; instants (`…At`) are shown in Vietnam's time (Asia/Ho_Chi_Minh) whatever
// the browser's zone. Money is whole đồng as a string of digits: formatted from a bigint, never through a float.

export type Language = 'vi' | 'en';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const WHOLE_DONG = /^-?\d+$/;

/** `"1234567"` → `1.234.567 ₫` (vi) or `₫1,234,567` (en); the exact digits, at any size. */
export function formatVnd(amount: string | bigint, language: Language = 'vi'): string {
  if (typeof amount === 'string' && !WHOLE_DONG.test(amount)) return amount;
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(BigInt(amount));
}

/** A count or whole number, with the language's thousands separators. */
export function formatInteger(value: string | bigint | number, language: Language = 'vi'): string {
  if (typeof value === 'string' && !WHOLE_DONG.test(value)) return value;
  return new Intl.NumberFormat(LOCALES[language]).format(typeof value === 'number' ? value : BigInt(value));
}

/** A percent as the API writes it (`"98.62"`, two decimals cut off) → `98,62 %`; the decimal string as given, never rounded again. */
export function formatPercent(value: string | null, language: Language = 'vi'): string {
  if (value === null) return '—';
  const [whole, fraction] = value.split('.');
  const separator = language === 'vi' ? ',' : '.';
  const digits = fraction ? `${formatInteger(whole, language)}${separator}${fraction}` : formatInteger(whole, language);
  return language === 'vi' ? `${digits} %` : `${digits}%`;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2016-12-20` → `20/12/2016` (both languages write the day first, as Vietnamese documents do). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const match = LOCAL_DATE.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** An instant → its date and time in Vietnam: `20/12/2016 08:05`. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
