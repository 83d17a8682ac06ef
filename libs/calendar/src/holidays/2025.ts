// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2025, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 9 ngày 25/01–02/02; 30/4–1/5: nghỉ 30/4–04/5, làm bù 26/4; Quốc khánh 30/8–02/9.
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2025: HolidayYear = {
  year: 2025,
  entries: [
    {
      date: '2025-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2025-01-27',
      kind: 'holiday',
      name: 'Tết Nguyên đán (28 tháng Chạp)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 25/01–02/02/2025.',
    },
    {
      date: '2025-01-28',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 25/01–02/02/2025.',
    },
    {
      date: '2025-01-29',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 25/01–02/02/2025.',
    },
    {
      date: '2025-01-30',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 25/01–02/02/2025.',
    },
    {
      date: '2025-01-31',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 25/01–02/02/2025.',
    },
    {
      date: '2025-04-07',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2025-04-26',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 02/05/2025 (dịp 30/4 và 1/5)',
      source: 'Thông báo của Bộ Nội vụ năm 2025: Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 02/5 sang thứ Bảy 26/4/2025',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2025-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2025-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2025-05-02',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù thứ Bảy 26/04/2025)',
      source: 'Thông báo của Bộ Nội vụ năm 2025: Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 02/5 sang thứ Bảy 26/4/2025',
      basis: 'announced',
      note: 'Số hiệu văn bản chưa đối chiếu.',
    },
    {
      date: '2025-09-01',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền trước 2/9)',
      source: 'Thông báo 6150/TB-BLĐTBXH năm 2024 (thực hiện Công văn 8726/VPCP-KGVX năm 2024); Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2025-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
  ],
};
