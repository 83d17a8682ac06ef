import { citedRules } from './citations';

describe('the rules of a pack with their citations', () => {
  it('finds every cited rule by its path, not the see-also references', () => {
    const pack = {
      id: 'thanh-hoa-2014',
      decision: { number: '3461/QĐ-BCĐ', citation: { article: 'Điều 2 (Quyết định)', decision: '3461/QĐ-BCĐ', signedOn: '2014-10-16' } },
      meetings: [{ kind: 'plenary', citation: { article: 'Điều 9.1', decision: '3461/QĐ-BCĐ', signedOn: '2014-10-16', quote: 'Họp định kỳ mỗi năm một lần', seeAlso: [{ article: 'Điều 8', decision: 'x', signedOn: null }] } }],
    };
    expect(citedRules(pack).map((rule) => `${rule.path} ${rule.citation.article}`)).toEqual(['decision Điều 2 (Quyết định)', 'meetings.0 Điều 9.1']);
  });
});
