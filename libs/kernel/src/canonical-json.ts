// One canonical JSON text for a value: object keys sorted, no white space, numbers and strings as
// ECMAScript's JSON.stringify writes them. For JSON data this is RFC 8785 (JCS): keys sorted by their
// UTF-16 code units, which is what Array.prototype.sort does. The event store compares stored events
// with it, the idempotency records fingerprint requests with it, the audit trail will hash it.

/**
 * Deepest nesting serialised. The HTTP edge refuses far less (HTTP_MAX_JSON_DEPTH); this bound keeps the
 * recursion below far from the stack's limit whoever calls it.
 */
export const CANONICAL_JSON_MAX_DEPTH = 1000;

/**
 * The canonical JSON text of `value`; TypeError for what JSON cannot hold (undefined, a function, a
 * bigint), RangeError for nesting deeper than CANONICAL_JSON_MAX_DEPTH.
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value, 0);
  if (text === undefined) throw new TypeError(`Not a JSON value: ${typeof value}`);
  return text;
}

/** Deep equality of JSON values, whatever the order of object keys (undefined equals only undefined). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

function serialize(input: unknown, depth: number): string | undefined {
  // As JSON.stringify: a value's toJSON (Date, Money) decides its JSON form.
  const value = input !== null && typeof input === 'object' && typeof (input as { toJSON?: unknown }).toJSON === 'function'
    ? (input as { toJSON: () => unknown }).toJSON()
    : input;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      throw new TypeError('Not a JSON value: bigint (give it a toJSON, as Money does)');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  if (depth >= CANONICAL_JSON_MAX_DEPTH) throw new RangeError(`Not serialised: nested deeper than ${CANONICAL_JSON_MAX_DEPTH} levels`);
  if (Array.isArray(value)) return `[${value.map((item) => serialize(item, depth + 1) ?? 'null').join(',')}]`;
  const object = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = serialize(object[key], depth + 1);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
