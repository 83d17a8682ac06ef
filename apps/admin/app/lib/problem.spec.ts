import { fieldErrors, fieldMessage, problemHeadline, toApiProblem, type Problem } from './problem';

const refusal: Problem = {
  type: 'rule-violation',
  title: 'Rule violation',
  status: 422,
  detail: 'Guests are invited to extended meetings only.',
  instance: '/api/tenants/thanh-hoa/meetings',
  correlationId: 'c-1',
  rule: 'thanh-hoa-2018/meetings.guests',
  article: 'Điều 9, Quyết định 4095/QĐ-BCĐ',
};

describe('problem documents in words', () => {
  it('heads a refusal in Vietnamese and keeps its rule and article', () => {
    const problem = toApiProblem(refusal, 422, '/api/x');
    expect(problemHeadline(problem.problem, 'vi')).toBe('Quy chế không cho phép thao tác này');
    expect(problemHeadline(problem.problem, 'en')).toBe('The regulation does not allow this');
    expect(problem.problem.article).toBe('Điều 9, Quyết định 4095/QĐ-BCĐ');
    expect(problem.status).toBe(422);
  });

  it('falls back on the status, and makes a problem of a body that is none', () => {
    const odd = toApiProblem('Bad Gateway', 502, '/api/x');
    expect(odd.problem.type).toBe('unexpected');
    expect(problemHeadline({ ...refusal, type: 'something-new', status: 404 }, 'vi')).toBe('Không tìm thấy');
    expect(problemHeadline(odd.problem, 'vi')).toBe('Đã có lỗi xảy ra');
  });

  it('puts each bad field under its form path, in Vietnamese where the wording is known', () => {
    const invalid: Problem = { ...refusal, type: 'validation-failed', status: 400, errors: [
      { path: 'decision.date', message: 'must be a date written YYYY-MM-DD' },
      { path: 'lines.1.amount', message: 'must be a whole number of đồng written in decimal digits' },
      { path: 'place', message: 'must be at most 500 characters' },
      { path: 'other', message: 'something the app does not know' },
    ] };
    expect(fieldErrors(invalid, 'vi')).toEqual([
      { name: ['decision', 'date'], errors: ['Phải là một ngày hợp lệ'] },
      { name: ['lines', 1, 'amount'], errors: ['Phải là số tiền nguyên (đồng)'] },
      { name: ['place'], errors: ['Tối đa 500 ký tự'] },
      { name: ['other'], errors: ['something the app does not know'] },
    ]);
    expect(fieldMessage('must not be empty', 'en')).toBe('must not be empty');
  });
});
