// A date and a time of day picked in the form, as the instant the API takes: Vietnam has been UTC+7 since 1975.
export function vietnamInstant(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time}+07:00`;
}
