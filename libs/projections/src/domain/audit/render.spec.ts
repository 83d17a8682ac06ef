import { ERASED_PERSON, NO_NAMES, referencesOf, renderSentence } from './render.js';
import { agency, member, person, sentence } from './sentence.js';
import { NAMES } from './testing.js';

describe('rendering a stored sentence with the names of today', () => {
  const template = sentence`${person('p-thang')} (${agency('a-stttt')}) thay ${member('m-chair')}.`;

  it('names people as Ông/Bà, members as the person holding the seat, agencies by name', () => {
    expect(renderSentence(template, NAMES)).toBe('Ông/Bà Trần Đức Thắng (Sở Thông tin và Truyền thông) thay Ông/Bà Nguyễn Đình Xứng.');
  });

  it('shows an erased person as erased, directly or through their seat', () => {
    expect(renderSentence(sentence`${person('p-erased')} thay ${member('m-erased')}.`, NAMES)).toBe(`${ERASED_PERSON} thay ${ERASED_PERSON}.`);
    expect(ERASED_PERSON).toBe('(người đã bị xóa dữ liệu cá nhân)');
  });

  it('shows by id what it cannot name, capitalised at the start of the sentence', () => {
    expect(renderSentence(template, NO_NAMES)).toBe('Người có mã p-thang (cơ quan có mã a-stttt) thay thành viên có mã m-chair.');
  });

  it('lists the ids a template names, once each', () => {
    expect(referencesOf([...template, person('p-thang'), agency('a-stc')])).toEqual({ people: ['p-thang'], members: ['m-chair'], agencies: ['a-stttt', 'a-stc'] });
  });
});
