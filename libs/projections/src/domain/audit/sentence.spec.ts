import { agency, date, dateTime, decision, list, money, normalise, person, quote, searchTextOf, searchWords, sentence } from './sentence.js';

describe('the pieces of an audit sentence', () => {
  it('merges words around tokens and flattens nested pieces', () => {
    expect(sentence`${person('p1')} đại diện ${agency('a1')}${sentence`, thay ${person('p2')}`}.`).toEqual([
      { person: 'p1' },
      ' đại diện ',
      { agency: 'a1' },
      ', thay ',
      { person: 'p2' },
      '.',
    ]);
    expect(sentence`Giao ${list(['a', agency('b'), 'c'])}.`).toEqual(['Giao a, ', { agency: 'b' }, ', c.']);
  });

  it('writes dates, times (Vietnam time) and decisions the Vietnamese way', () => {
    expect(date('2018-10-19')).toBe('19/10/2018');
    expect(dateTime('2019-09-20T08:00:00+07:00')).toBe('08:00 ngày 20/09/2019');
    expect(dateTime('2019-09-19T17:30:00Z')).toBe('00:30 ngày 20/09/2019');
    expect(decision({ number: '4094/QĐ-UBND', date: '2018-10-19' })).toBe('Quyết định số 4094/QĐ-UBND ngày 19/10/2018');
  });

  it('writes money exactly from its decimal string, dots between thousands, at any size', () => {
    expect(money('0')).toBe('0 đồng');
    expect(money('999')).toBe('999 đồng');
    expect(money('1000')).toBe('1.000 đồng');
    expect(money('1234567')).toBe('1.234.567 đồng');
    // above 2^53: a double would round it
    expect(money('9007199254740993123')).toBe('9.007.199.254.740.993.123 đồng');
    expect(money('-1500000')).toBe('-1.500.000 đồng');
  });

  it('quotes free text on one line, cut when long', () => {
    expect(quote('Báo cáo\n  quý III')).toBe('"Báo cáo quý III"');
    expect(quote('x'.repeat(300), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });
});

describe('free-text normalisation', () => {
  it('drops diacritics and case, đ → d, so that Vietnamese matches with or without marks', () => {
    expect(normalise('Phó Trưởng ban thường trực')).toBe('pho truong ban thuong truc');
    expect(normalise('ĐIỀU 11 khoản 2, Quyết định 4095/QĐ-BCĐ')).toBe('dieu 11 khoan 2, quyet dinh 4095/qd-bcd');
    // decomposed input (NFD) normalises the same as composed (NFC)
    expect(normalise('Nguyễn'.normalize('NFD'))).toBe(normalise('Nguyễn'));
    expect(searchWords('  Phó  trưởng ban  phó ')).toEqual(['pho', 'truong', 'ban']);
  });

  it('searches the fixed words and the type, never a token (no name is stored)', () => {
    const text = searchTextOf('membership.MemberAppointed', [person('p1'), ' được bổ nhiệm làm Phó Trưởng ban', agency('a1')]);
    expect(text).toBe('membership.memberappointed duoc bo nhiem lam pho truong ban');
  });
});
