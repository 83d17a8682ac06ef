import { ValidationFailed } from '@bcd/kernel';
import { kienGiang2008 } from './packs/index.js';
import { parseRulePack } from './parse-rule-pack.js';

// A custom pack is JSON: start from a built-in one and break it.
const json = () => JSON.parse(JSON.stringify(kienGiang2008)) as Record<string, any>;

function errorsOf(value: unknown): { path: string; message: string }[] {
  try {
    parseRulePack(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).errors;
  }
  throw new Error('expected ValidationFailed');
}

describe('parseRulePack', () => {
  it('accepts a valid pack, as an object or JSON text, and returns it unchanged', () => {
    expect(parseRulePack(json())).toEqual(kienGiang2008);
    expect(parseRulePack(JSON.stringify(kienGiang2008))).toEqual(kienGiang2008);
  });

  it('names a value out of range by its path', () => {
    const pack = json();
    pack.meetings.plenary.window.toDay = 32;
    expect(errorsOf(pack)).toEqual([{ path: 'meetings.plenary.window.toDay', message: expect.any(String) }]);
  });

  it('names a misspelt field itself', () => {
    const pack = json();
    pack.meetings.plenary.cadance = pack.meetings.plenary.cadence;
    delete pack.meetings.plenary.cadence;
    expect(errorsOf(pack).map((e) => e.path)).toEqual(['meetings.plenary.cadence', 'meetings.plenary.cadance']);
  });

  it('names an unknown kind of rule', () => {
    const pack = json();
    pack.meetings.documentLeadTime = { kind: 'days', days: 3 };
    expect(errorsOf(pack)).toEqual([{ path: 'meetings.documentLeadTime.kind', message: expect.stringContaining('working-days') }]);
  });

  it('names fields inside lists and checks dates', () => {
    const pack = json();
    pack.reporting.memberReports.due.deadlines[0].due.reading = 'by';
    pack.documents.seals[1].citation.signedOn = '2008-02-30';
    pack.reporting.memberReports.due.deadlines.push({
      cadence: 'semiannual',
      periods: [3],
      due: { month: 6, day: 1, reading: 'before', wording: 'x' },
    });
    expect(errorsOf(pack).map((e) => e.path)).toEqual([
      'reporting.memberReports.due.deadlines.0.due.reading',
      'reporting.memberReports.due.deadlines.1.periods.0',
      'documents.seals.1.citation.signedOn',
    ]);
  });

  it('requires a citation on every rule', () => {
    const pack = json();
    delete pack.meetings.absence.citation;
    expect(errorsOf(pack)).toEqual([{ path: 'meetings.absence.citation', message: expect.any(String) }]);
  });

  it('refuses text that is not JSON, and a composition that contradicts itself', () => {
    expect(errorsOf('{ not json')[0].path).toBe('');
    const pack = json();
    pack.composition.viceChairs.standing = 3;
    expect(errorsOf(pack)).toEqual([{ path: 'composition.viceChairs.standing', message: 'cannot be more than the number of vice chairs' }]);
  });
});
