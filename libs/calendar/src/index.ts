export * from './local-date.js';
export * from './vietnam-time.js';
export * from './lunar.js';
export * from './calendar-entry.js';
export * from './working-calendar.js';
export * from './calendar-overrides.js';
export * from './working-calendars.port.js';
