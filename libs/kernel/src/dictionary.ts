// A record keyed by what a request or an event names (tenant codes, user ids): with no prototype, so
// that `constructor`, `__proto__` or `toString` as a key finds nothing instead of Object's own members.

/** An empty record with no prototype. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value stored under `key` itself, never one inherited from a prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
