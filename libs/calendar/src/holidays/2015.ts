// Holidays, compensatory days off (nghỉ bù) and swapped days (hoán đổi, làm bù) of 2015, as public agencies
// observe them (cán bộ, công chức, viên chức; weekly rest on Saturday and Sunday).
// Kỳ nghỉ Tết 9 ngày 15/02–23/02 (làm bù thứ Bảy 14/02); hoán đổi 02/01 (làm bù 27/12/2014) và 29/4 (làm bù 25/4).
// Data, not code: edit entries here (or record an override) when an announcement is known.

import type { HolidayYear } from '../calendar-entry.js';

export const holidays2015: HolidayYear = {
  year: 2015,
  entries: [
    {
      date: '2015-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2015-01-02',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 27/12/2014)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý',
      basis: 'announced',
    },
    {
      date: '2015-02-14',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 16/02/2015 (dịp Tết Nguyên đán)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý',
      basis: 'announced',
    },
    {
      date: '2015-02-16',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Tết Nguyên đán (làm bù thứ Bảy 14/02/2015)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý',
      basis: 'announced',
    },
    {
      date: '2015-02-17',
      kind: 'holiday',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 15/02–23/02/2015; thứ Bảy 14/02 đi làm bù.',
    },
    {
      date: '2015-02-18',
      kind: 'holiday',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 15/02–23/02/2015; thứ Bảy 14/02 đi làm bù.',
    },
    {
      date: '2015-02-19',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 1)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 15/02–23/02/2015; thứ Bảy 14/02 đi làm bù.',
    },
    {
      date: '2015-02-20',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 2)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 15/02–23/02/2015; thứ Bảy 14/02 đi làm bù.',
    },
    {
      date: '2015-02-21',
      kind: 'holiday',
      name: 'Tết Nguyên đán (mùng 3)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý; Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
      note: 'Kỳ nghỉ 9 ngày 15/02–23/02/2015; thứ Bảy 14/02 đi làm bù.',
    },
    {
      date: '2015-02-23',
      kind: 'compensatory-day-off',
      name: 'Nghỉ bù Tết Nguyên đán (mùng 3 rơi vào thứ Bảy)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp',
      basis: 'announced',
    },
    {
      date: '2015-04-25',
      kind: 'make-up-working-day',
      name: 'Làm bù cho ngày nghỉ 29/04/2015 (dịp Giỗ Tổ Hùng Vương, 30/4 và 1/5)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý',
      basis: 'announced',
    },
    {
      date: '2015-04-28',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2015-04-29',
      kind: 'swapped-day-off',
      name: 'Nghỉ hoán đổi dịp Giỗ Tổ Hùng Vương, 30/4 và 1/5 (làm bù thứ Bảy 25/04/2015)',
      source: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014 về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần năm 2015, được Thủ tướng đồng ý',
      basis: 'announced',
    },
    {
      date: '2015-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng 30/4',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2015-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế Lao động 1/5',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
    {
      date: '2015-09-02',
      kind: 'holiday',
      name: 'Quốc khánh 2/9',
      source: 'Bộ luật Lao động 2012, Điều 115 khoản 1',
      basis: 'announced',
    },
  ],
};
