// Fixtures of the audit sentences' specs: names as the directory would give them, and a renderer of one event.
import { describeEvent } from './describe.js';
import { renderSentence, type AuditNames } from './render.js';

export const NAMES: AuditNames = {
  people: new Map<string, string | null>([
    ['p-thang', 'Trần Đức Thắng'],
    ['p-xung', 'Nguyễn Đình Xứng'],
    ['p-anh', 'Đỗ Thị Ngọc Ánh'],
    ['p-erased', null],
  ]),
  agencies: new Map([
    ['a-stttt', 'Sở Thông tin và Truyền thông'],
    ['a-stc', 'Sở Tài chính'],
    ['a-ubnd', 'Ủy ban nhân dân tỉnh Thanh Hóa'],
    ['a-snv', 'Sở Nội vụ'],
  ]),
  seats: new Map([
    ['m-chair', 'p-xung'],
    ['m-standing', 'p-thang'],
    ['m-stc', 'p-anh'],
    ['m-erased', 'p-erased'],
  ]),
};

/** The sentence of an event (type as stored) with the fixture's names. */
export function say(type: string, data: unknown, names: AuditNames = NAMES): string {
  return renderSentence(describeEvent(type, data).parts, names);
}

export const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };
export const REGULATION = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
