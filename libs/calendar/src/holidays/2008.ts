// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2008, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Bộ luật Lao động 1994: Tết 4 ngày (1 ngày cuối năm, 3 ngày đầu năm âm lịch); chưa có hoán đổi ngày làm việc.
// Chắc chắn: các ngày lễ dương lịch. Suy ra: ngày âm lịch, nghỉ bù (không có thông báo trong dữ liệu).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2008: HolidayYear = {
  year: 2008,
  entries: [
    {
      date: '2008-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2008-02-06',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2008-02-07',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2008-02-08',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2008-02-09',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2008-02-11',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 3 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2008-04-15',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2008-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2008-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2008-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
  ],
};
