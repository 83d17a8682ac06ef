import fc from 'fast-check';
import { ValidationFailed } from './errors.js';
import { TenantId } from './tenant-id.js';

describe('TenantId', () => {
  it('accepts lowercase slugs', () => {
    for (const id of ['thanh-hoa', 'binh-dinh', 'hanoi', 'a', 'q1', 'ba-ria-vung-tau', 'a'.repeat(63)]) {
      expect(TenantId.parse(id)).toBe(id);
      expect(TenantId.is(id)).toBe(true);
    }
  });

  it('refuses anything else with a ValidationFailed at the given path', () => {
    for (const bad of ['', 'Thanh-Hoa', 'thanh_hoa', 'thanh hoa', '-thanh', 'thanh-', 'thanh--hoa', '1hanoi', 'thanh-hóa', 'a'.repeat(64), 42, null, undefined]) {
      expect(TenantId.is(bad)).toBe(false);
      let error: unknown;
      try {
        TenantId.parse(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).errors[0].path).toBe('tenant');
    }
    expect(() => TenantId.parse('X', 'body.tenantId')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'body.tenantId' })] }),
    );
  });

  it('accepts exactly the strings matching the slug pattern', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,70}$/), (s) => {
        const expected = s.length <= 63 && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(s);
        expect(TenantId.is(s)).toBe(expected);
      }),
    );
  });
});
