// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2021, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Bộ luật Lao động 2019 có hiệu lực: Quốc khánh 2 ngày (2/9 và 1 ngày liền kề). Quốc khánh 2021: 02/9 và 03/9.
// Kỳ nghỉ Tết 7 ngày 10/02–16/02; 30/4–1/5: nghỉ 30/4–03/5.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2021: HolidayYear = {
  year: 2021,
  entries: [
    {
      date: '2021-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2021-02-10',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 10/02–16/02/2021.',
    },
    {
      date: '2021-02-11',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 10/02–16/02/2021.',
    },
    {
      date: '2021-02-12',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 10/02–16/02/2021.',
    },
    {
      date: '2021-02-13',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 10/02–16/02/2021.',
    },
    {
      date: '2021-02-14',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 10/02–16/02/2021.',
    },
    {
      date: '2021-02-15',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2021-02-16',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 3 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2021-04-21',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2021-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2021-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2021-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'announced',
    },
    {
      date: '2021-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2021-09-03',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền sau 2/9)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, Tết năm 2021 (Thủ tướng đồng ý tháng 11/2020); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
  ],
};
