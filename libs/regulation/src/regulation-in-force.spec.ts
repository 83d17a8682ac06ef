import { LocalDate } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { binhDinh2021, phuTho2022, thanhHoa2014, thanhHoa2018 } from './packs/index.js';
import { adoptionOf, checkAdoptions, regulationInForce } from './regulation-in-force.js';

const d = (s: string) => LocalDate.parse(s);

describe('regulationInForce', () => {
  it('is undefined before the first adoption and with no adoptions: never a default', () => {
    expect(regulationInForce([], d('2024-01-01'))).toBeUndefined();
    expect(regulationInForce([adoptionOf(phuTho2022)], d('2022-05-17'))).toBeUndefined();
    expect(regulationInForce([adoptionOf(phuTho2022)], d('2022-05-18'))?.pack.id).toBe('phu-tho-2022');
  });

  it('does not depend on the order of the list', () => {
    const adoptions = [adoptionOf(thanhHoa2018, { supersedes: '3461/QĐ-BCĐ' }), adoptionOf(thanhHoa2014)];
    expect(regulationInForce(adoptions, d('2016-01-01'))?.pack.id).toBe('thanh-hoa-2014');
    expect(regulationInForce(adoptions, d('2019-01-01'))?.pack.id).toBe('thanh-hoa-2018');
  });

  it('takes the later signing on a tie of effective dates', () => {
    const early = adoptionOf(thanhHoa2014, { effectiveFrom: d('2019-01-01') });
    const late = adoptionOf(thanhHoa2018, { effectiveFrom: d('2019-01-01') });
    expect(regulationInForce([late, early], d('2019-01-01'))?.pack.id).toBe('thanh-hoa-2018');
  });
});

describe('checkAdoptions', () => {
  it('accepts a consistent history', () => {
    expect(() => checkAdoptions([adoptionOf(thanhHoa2014), adoptionOf(thanhHoa2018, { supersedes: '3461/QĐ-BCĐ' })])).not.toThrow();
    expect(() => checkAdoptions([adoptionOf(binhDinh2021, { effectiveFrom: d('2021-03-15') })])).not.toThrow();
  });

  it('refuses two adoptions on one day, effect before signing, and superseding nothing earlier', () => {
    let error: unknown;
    try {
      checkAdoptions([
        adoptionOf(thanhHoa2014),
        adoptionOf(thanhHoa2018, { effectiveFrom: d('2014-10-16'), supersedes: '9999/QĐ-BCĐ' }),
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors.map((e) => e.path)).toEqual(['1.effectiveFrom', '1.effectiveFrom', '1.supersedes']);
  });
});
