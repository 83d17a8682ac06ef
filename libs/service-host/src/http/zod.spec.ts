// The zod helpers every context's HTTP layer shares: a bad request is a 400 naming every bad field by
// its path and never echoing what was sent; ids from paths are 404 unless UUIDs; a decision takes
// effect on signing unless it names a date.
import { z } from 'zod';
import { NotFound, ValidationFailed } from '@bcd/kernel';
import { AsOfQuery, decision, effective, id, idParam, localDate, openApiSchema, parse, text } from './zod.js';

const SECRET = 'S3cr3t-Value-Never-Echoed';

/** The ValidationFailed `work` throws (fails the test when it throws nothing or something else). */
function validationFailure(work: () => unknown): ValidationFailed {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationFailed) return error;
    throw error;
  }
  throw new Error('expected ValidationFailed, nothing was thrown');
}

describe('parse', () => {
  const Body = z.strictObject({
    name: text(10),
    decision,
    effectiveOn: localDate.optional(),
    kind: z.enum(['department', 'people-committee']),
    agencyId: id,
    items: z.array(z.strictObject({ amount: z.number().int() })),
  });
  const valid = {
    name: '  Sở TTTT  ',
    decision: { number: '1832/QĐ-UBND', date: '2014-06-13' },
    kind: 'department',
    agencyId: '0190F1A2-3B4C-7D5E-8F60-718293A4B5C6',
    items: [{ amount: 3 }],
  };

  it('returns the value as the schema reads it (trimmed, ids lowercased)', () => {
    expect(parse(Body, valid)).toEqual({ ...valid, name: 'Sở TTTT', agencyId: '0190f1a2-3b4c-7d5e-8f60-718293a4b5c6' });
  });

  it('names every bad field by its path, nested and in arrays, with the helpers\' messages', () => {
    const error = validationFailure(() =>
      parse(Body, { ...valid, name: '   ', decision: { number: '1832/QĐ-UBND', date: '2014-02-30' }, items: [{ amount: 1 }, { amount: 1.5 }] }),
    );
    expect(error.code).toBe('validation-failed');
    expect(error.errors).toEqual([
      { path: 'name', message: 'must not be empty' },
      { path: 'decision.date', message: 'must be a date written YYYY-MM-DD' },
      { path: 'items.1.amount', message: expect.any(String) },
    ]);
    expect(error.message).toContain('decision.date: must be a date written YYYY-MM-DD');
  });

  it('names an unknown field itself', () => {
    const error = validationFailure(() => parse(Body, { ...valid, decision: { ...valid.decision, signer: 'x' }, extra: 1 }));
    expect(error.errors).toEqual(
      expect.arrayContaining([
        { path: 'decision.signer', message: 'is not a field here' },
        { path: 'extra', message: 'is not a field here' },
      ]),
    );
  });

  it('never echoes a value that was sent, whatever the field', () => {
    const error = validationFailure(() =>
      parse(Body, {
        name: `${SECRET}${SECRET}`,
        decision: { number: SECRET, date: SECRET },
        effectiveOn: SECRET,
        kind: SECRET,
        agencyId: SECRET,
        items: [{ amount: SECRET }],
        unknown: SECRET,
      }),
    );
    expect(error.errors.map((e) => e.path).sort()).toEqual(['agencyId', 'decision.date', 'effectiveOn', 'items.0.amount', 'kind', 'name', 'unknown']);
    expect(JSON.stringify(error.errors)).not.toContain(SECRET);
    expect(error.message).not.toContain(SECRET);
  });

  it('reads an absent body or query as an empty object', () => {
    expect(parse(AsOfQuery, undefined)).toEqual({});
    expect(parse(AsOfQuery, null)).toEqual({});
    expect(validationFailure(() => parse(z.object({ q: z.string() }), undefined)).errors).toEqual([{ path: 'q', message: expect.any(String) }]);
  });
});

describe('request fields', () => {
  it('localDate takes real dates written YYYY-MM-DD only', () => {
    expect(localDate.parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '01/02/2025', 20250101, null]) {
      expect(localDate.safeParse(bad).success).toBe(false);
    }
  });

  it('text trims and bounds its length', () => {
    expect(text(5).parse('  abc ')).toBe('abc');
    expect(text(5).safeParse('abcdef').error?.issues[0].message).toBe('must be at most 5 characters');
    expect(text(5).safeParse(' ').error?.issues[0].message).toBe('must not be empty');
  });

  it('id takes a UUID and lowercases it', () => {
    expect(id.parse('0190F1A2-3B4C-7D5E-8F60-718293A4B5C6')).toBe('0190f1a2-3b4c-7d5e-8f60-718293a4b5c6');
    expect(id.safeParse('not-an-id').error?.issues[0].message).toBe('must be an id (UUID)');
  });

  it('documents dates and ids with their formats', () => {
    const schema = openApiSchema(z.object({ on: localDate, who: id })) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.on).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties.who).toMatchObject({ type: 'string', format: 'uuid' });
  });
});

describe('idParam', () => {
  it('is 404 (the resource is not found) for anything but a UUID', () => {
    for (const bad of ['123', 'abc', '0190f1a2-3b4c-7d5e-8f60-718293a4b5c', "' OR 1=1 --"]) {
      let error: unknown;
      try {
        idParam(bad, 'Committee');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ resource: 'Committee', code: 'not-found' });
    }
  });

  it('returns a UUID lowercased', () => {
    expect(idParam('0190F1A2-3B4C-7D5E-8F60-718293A4B5C6', 'Committee')).toBe('0190f1a2-3b4c-7d5e-8f60-718293a4b5c6');
  });
});

describe('effective', () => {
  const signed = { number: '2765/QĐ-UBND', date: localDate.parse('2014-11-03') };

  it('takes effect on the decision\'s date when the request names none', () => {
    expect(effective({ decision: signed, role: 'chair' })).toEqual({ decision: signed, role: 'chair', effectiveOn: '2014-11-03' });
    expect(effective({ decision: signed, effectiveOn: null })).toEqual({ decision: signed, effectiveOn: '2014-11-03' });
  });

  it('keeps the date the request names', () => {
    expect(effective({ decision: signed, effectiveOn: localDate.parse('2015-01-01') }).effectiveOn).toBe('2015-01-01');
  });
});
