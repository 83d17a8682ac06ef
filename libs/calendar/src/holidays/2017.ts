// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2017, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 7 ngày 26/01–01/02; 30/4–1/5: nghỉ 29/4–02/5; Quốc khánh nghỉ bù 04/9.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2017: HolidayYear = {
  year: 2017,
  entries: [
    {
      date: '2017-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2017-01-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Dương lịch (1/1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2017-01-26',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Đinh Dậu và các ngày lễ năm 2017; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 26/01–01/02/2017.',
    },
    {
      date: '2017-01-27',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Đinh Dậu và các ngày lễ năm 2017; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 26/01–01/02/2017.',
    },
    {
      date: '2017-01-28',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Đinh Dậu và các ngày lễ năm 2017; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 26/01–01/02/2017.',
    },
    {
      date: '2017-01-29',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Đinh Dậu và các ngày lễ năm 2017; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 26/01–01/02/2017.',
    },
    {
      date: '2017-01-30',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Đinh Dậu và các ngày lễ năm 2017; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 7 ngày 26/01–01/02/2017.',
    },
    {
      date: '2017-01-31',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2017-02-01',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2017-04-06',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2017-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2017-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2017-05-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Chiến thắng (30/4 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2017-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2017-09-04',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
  ],
};
