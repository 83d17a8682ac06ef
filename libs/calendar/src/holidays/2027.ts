// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2027, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// CHƯA CÓ THÔNG BÁO: Tết, nghỉ bù và ngày liền kề Quốc khánh đều suy ra theo quy tắc; sửa khi có thông báo.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2027: HolidayYear = {
  year: 2027,
  entries: [
    {
      date: '2027-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2027-02-04',
      kind: 'holiday',
      name: 'Tết Nguyên đán (28 tháng Chạp)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-05',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-06',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-07',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-08',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-09',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-02-10',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-04-16',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2027-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2027-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2027-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
    {
      date: '2027-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2027-09-03',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền sau 2/9)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'derived-by-rule',
      note: 'Năm 2027 chưa có thông báo: suy ra theo quy tắc. Thủ tướng sẽ chọn 5 ngày Tết và ngày liền kề Quốc khánh; cập nhật bằng điều chỉnh (override) khi có thông báo.',
    },
  ],
};
