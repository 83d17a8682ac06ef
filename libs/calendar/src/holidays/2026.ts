// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2026, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Tết Dương lịch 01/01–04/01 (làm bù 10/01); Tết 9 ngày 14/02–22/02; Quốc khánh 29/8–02/9 (nghỉ 31/8, làm bù 22/8).
// Ngày Văn hóa Việt Nam 24/11 chưa là ngày nghỉ: chờ sửa Bộ luật Lao động (Nghị quyết 30/NQ-CP năm 2026).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2026: HolidayYear = {
  year: 2026,
  entries: [
    {
      date: '2026-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2026-01-02',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)',
      source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch năm 2026)',
      basis: 'announced',
    },
    {
      date: '2026-01-10',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 02/01/2026 (dịp Tết Dương lịch)',
      source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch năm 2026)',
      basis: 'announced',
    },
    {
      date: '2026-02-16',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 14/02–22/02/2026.',
    },
    {
      date: '2026-02-17',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 14/02–22/02/2026.',
    },
    {
      date: '2026-02-18',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 14/02–22/02/2026.',
    },
    {
      date: '2026-02-19',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 14/02–22/02/2026.',
    },
    {
      date: '2026-02-20',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 4)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 14/02–22/02/2026.',
    },
    {
      date: '2026-04-26',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2026-04-27',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)',
      source: 'Bộ luật Lao động 2019, Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp',
      basis: 'derived-by-rule',
      note: 'Nghỉ bù theo luật; khớp với lịch nghỉ 25/4–27/4/2026 báo chí đưa tin.',
    },
    {
      date: '2026-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2026-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2026-08-22',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 31/08/2026 (dịp Quốc khánh)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026',
      basis: 'announced',
    },
    {
      date: '2026-08-31',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026',
      basis: 'announced',
    },
    {
      date: '2026-09-01',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền trước 2/9)',
      source: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026; Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
    {
      date: '2026-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
      basis: 'announced',
    },
  ],
};
