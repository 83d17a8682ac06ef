// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2012, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Bộ luật Lao động 1994: Tết 4 ngày; kỳ nghỉ Tết 9 ngày 21/01–29/01 (nghỉ 27/01, làm bù 04/02).
// Nghỉ 31/12/2012 thay cho thứ Bảy 05/01/2013 (dịp Tết Dương lịch 2013).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2012: HolidayYear = {
  year: 2012,
  entries: [
    {
      date: '2012-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2012-01-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Dương lịch (1/1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2012-01-22',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2012-01-23',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2012-01-24',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2012-01-25',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2012-01-26',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (29 tháng Chạp rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2012-01-27',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 04/02/2012)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp Tết Nhâm Thìn 2012',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2012-02-04',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 27/01/2012 (dịp Tết Nguyên đán)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp Tết Nhâm Thìn 2012',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2012-03-31',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2012-04-02',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2012-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2012-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2012-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2012-09-03',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Quốc khánh (2/9 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2012-12-31',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch 2013 (làm bù thứ Bảy 05/01/2013)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013',
      basis: 'announced',
    },
  ],
};
