// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2019, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 9 ngày 02/02–10/02; 30/4–1/5: nghỉ 27/4–01/5 (nghỉ 29/4, làm bù 04/5).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2019: HolidayYear = {
  year: 2019,
  entries: [
    {
      date: '2019-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2019-01-05',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 31/12/2018 (dịp Tết Dương lịch 2019)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức)',
      basis: 'announced',
    },
    {
      date: '2019-02-04',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức); Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 02/02–10/02/2019.',
    },
    {
      date: '2019-02-05',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức); Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 02/02–10/02/2019.',
    },
    {
      date: '2019-02-06',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức); Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 02/02–10/02/2019.',
    },
    {
      date: '2019-02-07',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức); Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 02/02–10/02/2019.',
    },
    {
      date: '2019-02-08',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 4)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức); Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 02/02–10/02/2019.',
    },
    {
      date: '2019-04-14',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'derived-by-rule',
      note: 'Ngày âm lịch quy đổi bằng thuật toán (lunar.ts); chưa đối chiếu với thông báo của năm.',
    },
    {
      date: '2019-04-15',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'derived-by-rule',
      note: 'Chưa có thông báo của năm trong dữ liệu: suy ra theo quy tắc của Bộ luật Lao động.',
    },
    {
      date: '2019-04-29',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù thứ Bảy 04/05/2019)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức)',
      basis: 'announced',
    },
    {
      date: '2019-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2019-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2019-05-04',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 29/04/2019 (dịp 30/4 và 1/5)',
      source: 'Công văn 6519/VPCP-KGVX năm 2018 (nghỉ lễ, Tết năm 2019 đối với cán bộ, công chức, viên chức)',
      basis: 'announced',
    },
    {
      date: '2019-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
  ],
};
