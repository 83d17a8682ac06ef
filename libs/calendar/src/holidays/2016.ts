// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2016, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 9 ngày 06/02–14/02. Suy ra: nghỉ bù Giỗ Tổ, 30/4, 1/5.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2016: HolidayYear = {
  year: 2016,
  entries: [
    {
      date: '2016-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2016-02-07',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Bính Thân 2016; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 06/02–14/02/2016. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2016-02-08',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Bính Thân 2016; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 06/02–14/02/2016. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2016-02-09',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Bính Thân 2016; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 06/02–14/02/2016. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2016-02-10',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Bính Thân 2016; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 06/02–14/02/2016. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2016-02-11',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 4)',
      source: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Bính Thân 2016; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 06/02–14/02/2016. Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2016-02-12',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (29 tháng Chạp rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2016-04-16',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2016-04-18',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2016-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2016-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2016-05-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Chiến thắng (30/4 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2016-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2016-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
  ],
};
