// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2018, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 7 ngày 14/02–20/02; nghỉ 31/12/2018 thay cho thứ Bảy 05/01/2019 (Công văn 6519/VPCP-KGVX).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2018: HolidayYear = {
  year: 2018,
  entries: [
    {
      date: '2018-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2018-02-14',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Mậu Tuất năm 2018; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 14/02–20/02/2018.',
    },
    {
      date: '2018-02-15',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Mậu Tuất năm 2018; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 14/02–20/02/2018.',
    },
    {
      date: '2018-02-16',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Mậu Tuất năm 2018; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 14/02–20/02/2018.',
    },
    {
      date: '2018-02-17',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Mậu Tuất năm 2018; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 14/02–20/02/2018.',
    },
    {
      date: '2018-02-18',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Mậu Tuất năm 2018; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 14/02–20/02/2018.',
    },
    {
      date: '2018-02-19',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2018-02-20',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 3 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2018-04-25',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2018-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2018-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2018-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2018-09-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Quốc khánh (2/9 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2018-12-31',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù thứ Bảy 05/01/2019)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức)',
      basis: 'announced',
    },
  ],
};
