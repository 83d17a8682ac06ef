// The platform answers every error with an RFC 9457 problem document. This turns one into what a person reads:
// a Vietnamese (or English) headline by its type, the rule and the article a refusal cites, and each bad field's
// message in the user's language where we know its wording, so a form can show it under the field it concerns.
import type { components } from '../generated/platform-api';
import type { Language } from './format';

export type Problem = components['schemas']['Problem'];

/** A failed API call: the problem document the platform answered, or one made up for a network failure. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiProblem';
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Turns anything an API call answered with into an ApiProblem (a body that is no problem document still gives one). */
export function toApiProblem(body: unknown, status: number, path: string): ApiProblem {
  if (typeof body === 'object' && body !== null && 'type' in body && 'status' in body) return new ApiProblem(body as Problem);
  return new ApiProblem({ type: status === 0 ? 'network-error' : 'unexpected', title: 'Error', status, detail: String(body ?? ''), instance: path, correlationId: '' });
}

const HEADLINES: Record<Language, Record<string, string>> = {
  vi: {
    'rule-violation': 'Quy chế không cho phép thao tác này',
    'state-conflict': 'Thao tác mâu thuẫn với tình trạng hiện tại',
    'validation-failed': 'Thông tin nhập chưa hợp lệ',
    'not-found': 'Không tìm thấy',
    forbidden: 'Bạn không có quyền thực hiện thao tác này',
    unauthenticated: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    'too-many-requests': 'Quá nhiều lần thử, vui lòng đợi rồi thử lại',
    'concurrency-conflict': 'Dữ liệu vừa được người khác thay đổi, vui lòng tải lại',
    'network-error': 'Không kết nối được máy chủ',
  },
  en: {
    'rule-violation': 'The regulation does not allow this',
    'state-conflict': 'This conflicts with the current state',
    'validation-failed': 'Some fields are not valid',
    'not-found': 'Not found',
    forbidden: 'You are not allowed to do this',
    unauthenticated: 'Your session has ended: please sign in again',
    'too-many-requests': 'Too many attempts: wait and try again',
    'concurrency-conflict': 'Someone else just changed this: reload it',
    'network-error': 'The server cannot be reached',
  },
};

const BY_STATUS: Record<Language, Record<number, string>> = {
  vi: { 400: 'Yêu cầu không hợp lệ', 401: 'Chưa đăng nhập', 403: 'Không có quyền', 404: 'Không tìm thấy', 409: 'Xung đột dữ liệu', 422: 'Không thể thực hiện', 429: 'Quá nhiều yêu cầu', 503: 'Máy chủ tạm thời không phục vụ' },
  en: { 400: 'Bad request', 401: 'Not signed in', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 422: 'Cannot be done', 429: 'Too many requests', 503: 'Service unavailable' },
};

/** The headline of a problem, in the language. */
export function problemHeadline(problem: Problem, language: Language): string {
  return HEADLINES[language][problem.type] ?? BY_STATUS[language][problem.status] ?? (language === 'vi' ? 'Đã có lỗi xảy ra' : 'Something went wrong');
}

// The platform's field messages (libs/service-host/src/http/zod.ts and the contexts' schemas), in Vietnamese.
const FIELD_MESSAGES_VI: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [/^Required$|^Invalid input: expected .*, received undefined$/, 'Bắt buộc nhập'],
  [/^must not be empty$/, 'Không được để trống'],
  [/^must give a place or an online link$/, 'Cần ghi địa điểm hoặc đường dẫn họp trực tuyến'],
  [/^must be a date written YYYY-MM-DD$|^is not a date in the calendar$/, 'Phải là một ngày hợp lệ'],
  [/^must be an (instant|ISO 8601 date-time)/, 'Phải là ngày giờ hợp lệ'],
  [/^must be at most (\d+) characters$/, (m) => `Tối đa ${m[1]} ký tự`],
  [/^must be a whole number of đồng|^must be an amount of đồng|^must be a finite number of đồng/, 'Phải là số tiền nguyên (đồng)'],
  [/^must not be negative$/, 'Không được âm'],
  [/^must be an id/, 'Phải chọn một mục trong danh sách'],
  [/^must be one of (.+)$/, (m) => `Phải là một trong: ${m[1]}`],
  [/^must be a lowercase slug/, 'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ thanh-hoa)'],
];

/** A field's message in the language: Vietnamese where its wording is known, else the platform's own words. */
export function fieldMessage(message: string, language: Language): string {
  if (language === 'en') return message;
  for (const [pattern, vietnamese] of FIELD_MESSAGES_VI) {
    const match = pattern.exec(message);
    if (match) return typeof vietnamese === 'string' ? vietnamese : vietnamese(match);
  }
  return message;
}

/** The bad fields of a validation problem, keyed by their path as the form names them (`decision.date` → ['decision', 'date']). */
export function fieldErrors(problem: Problem, language: Language): { name: (string | number)[]; errors: string[] }[] {
  return (problem.errors ?? []).map((error) => ({
    name: error.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: [fieldMessage(error.message, language)],
  }));
}
