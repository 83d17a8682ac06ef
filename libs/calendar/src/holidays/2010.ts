// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2010, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Bộ luật Lao động 1994: Tết 4 ngày; năm đầu tiên có hoán đổi ngày làm việc (Tết: nghỉ 19/02, làm bù 27/02).
// Suy ra: ngày âm lịch, nghỉ bù. Chưa rõ: có hoán đổi dịp Quốc khánh 2010 hay không.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2010: HolidayYear = {
  year: 2010,
  entries: [
    {
      date: '2010-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2010-02-13',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2010-02-14',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2010-02-15',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2010-02-16',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2010-02-17',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (30 tháng Chạp rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2010-02-18',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2010-02-19',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 27/02/2010)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp Tết Canh Dần 2010',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2010-02-27',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 19/02/2010 (dịp Tết Nguyên đán)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp Tết Canh Dần 2010',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2010-04-23',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2010-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2010-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2010-05-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2010-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
  ],
};
