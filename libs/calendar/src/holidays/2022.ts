// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2022, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 9 ngày 29/01–06/02; Quốc khánh 01/9 và 02/9.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2022: HolidayYear = {
  year: 2022,
  entries: [
    {
      date: '2022-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2022-01-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Dương lịch (1/1 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2022-01-31',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 29/01–06/02/2022.',
    },
    {
      date: '2022-02-01',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 29/01–06/02/2022.',
    },
    {
      date: '2022-02-02',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 29/01–06/02/2022.',
    },
    {
      date: '2022-02-03',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 29/01–06/02/2022.',
    },
    {
      date: '2022-02-04',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 4)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 29/01–06/02/2022.',
    },
    {
      date: '2022-04-10',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2022-04-11',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2022-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2022-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2022-05-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Chiến thắng (30/4 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2022-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2022-09-01',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền trước 2/9)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2022-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
  ],
};
