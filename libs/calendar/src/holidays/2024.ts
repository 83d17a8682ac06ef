// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2024, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 7 ngày 08/02–14/02; 30/4–1/5: nghỉ 27/4–01/5, làm bù 04/5 (Công văn 2450/VPCP-KGVX); Quốc khánh 31/8–03/9.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2024: HolidayYear = {
  year: 2024,
  entries: [
    {
      date: '2024-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2024-02-08',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 08/02–14/02/2024.',
    },
    {
      date: '2024-02-09',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 08/02–14/02/2024.',
    },
    {
      date: '2024-02-10',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 08/02–14/02/2024.',
    },
    {
      date: '2024-02-11',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 08/02–14/02/2024.',
    },
    {
      date: '2024-02-12',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 08/02–14/02/2024.',
    },
    {
      date: '2024-02-13',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2024-02-14',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2024-04-18',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2024-04-29',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù thứ Bảy 04/05/2024)',
      source: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 và 1/5)',
      basis: 'announced',
    },
    {
      date: '2024-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2024-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2024-05-04',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 29/04/2024 (dịp 30/4 và 1/5)',
      source: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 và 1/5)',
      basis: 'announced',
    },
    {
      date: '2024-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2024-09-03',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền sau 2/9)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
  ],
};
