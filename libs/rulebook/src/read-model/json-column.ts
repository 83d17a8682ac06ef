/** A json/jsonb column's value: drivers return it parsed, or as text for json built in a query. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
