// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2013, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Tết theo Bộ luật Lao động 1994 (4 ngày); Bộ luật Lao động 2012 có hiệu lực từ 01/5/2013.
// Kỳ nghỉ Tết 9 ngày 09/02–17/02 (nghỉ 15/02, làm bù 23/02); 30/4: nghỉ 29/4, làm bù 04/5.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2013: HolidayYear = {
  year: 2013,
  entries: [
    {
      date: '2013-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-01-05',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 31/12/2012 (dịp Tết Dương lịch 2013)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013',
      basis: 'announced',
    },
    {
      date: '2013-02-09',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013; Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-02-10',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013; Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-02-11',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013; Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-02-12',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013; Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-02-13',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (29 tháng Chạp rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'announced',
    },
    {
      date: '2013-02-14',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 2: nghỉ bù vào ngày tiếp theo',
      basis: 'announced',
    },
    {
      date: '2013-02-15',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 23/02/2013)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013',
      basis: 'announced',
    },
    {
      date: '2013-02-23',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 15/02/2013 (dịp Tết Nguyên đán)',
      source: 'Công văn của Văn phòng Chính phủ ngày 23/11/2012 truyền đạt ý kiến Thủ tướng về hoán đổi ngày nghỉ dịp lễ, Tết năm 2013',
      basis: 'announced',
    },
    {
      date: '2013-04-19',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung 2002, 2006, 2007), Điều 73 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2013-04-29',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù thứ Bảy 04/05/2013)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp 30/4 và 1/5 năm 2013',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2013-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2013-05-04',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 29/04/2013 (dịp 30/4 và 1/5)',
      source: 'Văn bản của Thủ tướng Chính phủ đồng ý hoán đổi ngày nghỉ dịp 30/4 và 1/5 năm 2013',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2013-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
  ],
};
