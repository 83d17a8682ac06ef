// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2023, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 7 ngày 20/01–26/01; Giỗ Tổ, 30/4, 1/5: nghỉ 29/4–03/5; Quốc khánh 01/9–04/9.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2023: HolidayYear = {
  year: 2023,
  entries: [
    {
      date: '2023-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-01-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Dương lịch (1/1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2023-01-20',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 20/01–26/01/2023.',
    },
    {
      date: '2023-01-21',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 20/01–26/01/2023.',
    },
    {
      date: '2023-01-22',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 20/01–26/01/2023.',
    },
    {
      date: '2023-01-23',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 20/01–26/01/2023.',
    },
    {
      date: '2023-01-24',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 20/01–26/01/2023.',
    },
    {
      date: '2023-01-25',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (30 tháng Chạp rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2023-01-26',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2023-04-29',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-05-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2023-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Chiến thắng (30/4 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2023-09-01',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền trước 2/9)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2023-09-04',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
  ],
};
