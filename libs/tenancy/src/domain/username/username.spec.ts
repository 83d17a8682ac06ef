import { DeciderSpecification } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { normalizeUsername, USERNAME, usernameDecider } from './username.js';

const now = new Date('2025-01-01T00:00:00Z');
const spec = DeciderSpecification.for(usernameDecider);
const reserve = (userId: string) => ({ type: 'ReserveUsername' as const, data: { username: 'admin', userId }, metadata: { now } });

describe('username reservation', () => {
  it('reserves a free username for a user', () => {
    spec.given([]).when(reserve('u-1')).then([{ type: 'UsernameReserved', data: { username: 'admin', userId: 'u-1' } }]);
  });

  it('is idempotent for the same user and refuses another', () => {
    const taken = spec.given([{ type: 'UsernameReserved', data: { username: 'admin', userId: 'u-1' } }]);
    taken.when(reserve('u-1')).thenNothingHappened();
    taken.when(reserve('u-2')).thenThrowsRule(Rules.usernameUnique);
  });

  it.each(['admin', 'lan.nguyen', 'sotttt-th@thanhhoa.gov.vn', 'a_b-c'])('accepts %s', (name) => {
    expect(USERNAME.test(name)).toBe(true);
  });

  it.each(['ab', 'Admin', '.admin', 'admin.', 'lan nguyen', 'x'.repeat(65), 'a/b'])('refuses %j', (name) => {
    expect(USERNAME.test(name)).toBe(false);
  });

  it('normalizes to trimmed lowercase', () => {
    expect(normalizeUsername('  Lan.Nguyen ')).toBe('lan.nguyen');
  });
});
