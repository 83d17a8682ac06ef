// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2020, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 7 ngày 23/01–29/01.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2020: HolidayYear = {
  year: 2020,
  entries: [
    {
      date: '2020-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2020-01-23',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Quyết định của Bộ trưởng Bộ LĐTBXH về nghỉ Tết Canh Tý năm 2020; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 23/01–29/01/2020. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2020-01-24',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Quyết định của Bộ trưởng Bộ LĐTBXH về nghỉ Tết Canh Tý năm 2020; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 23/01–29/01/2020. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2020-01-25',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Quyết định của Bộ trưởng Bộ LĐTBXH về nghỉ Tết Canh Tý năm 2020; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 23/01–29/01/2020. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2020-01-26',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Quyết định của Bộ trưởng Bộ LĐTBXH về nghỉ Tết Canh Tý năm 2020; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 23/01–29/01/2020. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2020-01-27',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Quyết định của Bộ trưởng Bộ LĐTBXH về nghỉ Tết Canh Tý năm 2020; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 23/01–29/01/2020. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2020-01-28',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2020-01-29',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2020-04-02',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2020-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2020-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2020-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
  ],
};
