// Made-up names for the demo history: people drawn from common Vietnamese family, middle and given names
// (no real official's name is meant), and the agencies a province's committee is drawn from.
import type { Random } from './random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Trương', 'Lương'];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Đình', 'Xuân', 'Trọng', 'Ngọc', 'Bá'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Thùy', 'Kim'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Khánh', 'Hưng', 'Lâm', 'Phúc', 'Thịnh', 'Đạt'];
const GIVEN_FEMALE = ['Anh', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngọc', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến', 'Hằng', 'Dung', 'Huyền', 'Loan'];

/** Draws full names, never the same one twice in a province. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): string {
    for (;;) {
      const female = this.random.chance(0.35);
      const name = [
        this.random.pick(FAMILY),
        this.random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
        this.random.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
      ].join(' ');
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

export type AgencyKind = 'department' | 'board' | 'sector' | 'people-committee' | 'central-agency-branch';

/** The agencies the demo committees are drawn from, by code; the UBND's name is the province's. */
const AGENCIES: Record<string, [name: string, kind: AgencyKind]> = {
  STTTT: ['Sở Thông tin và Truyền thông', 'department'],
  SKHDT: ['Sở Kế hoạch và Đầu tư', 'department'],
  STC: ['Sở Tài chính', 'department'],
  SNV: ['Sở Nội vụ', 'department'],
  SYT: ['Sở Y tế', 'department'],
  SGDDT: ['Sở Giáo dục và Đào tạo', 'department'],
  SCT: ['Sở Công Thương', 'department'],
  SKHCN: ['Sở Khoa học và Công nghệ', 'department'],
  VPUBND: ['Văn phòng UBND tỉnh', 'board'],
  CA: ['Công an tỉnh', 'central-agency-branch'],
};

export function agencyOf(code: string, provinceName: string): { code: string; name: string; kind: AgencyKind } {
  if (code === 'UBND') return { code, name: `Ủy ban nhân dân ${provinceName.replace(/^Tỉnh/, 'tỉnh')}`, kind: 'people-committee' };
  const known = AGENCIES[code];
  if (!known) throw new Error(`unknown demo agency ${code}`);
  return { code, name: known[0], kind: known[1] };
}

/** What an agency's member is given to look after (RULES.md §1: assigned responsibilities), by agency code. */
export const DUTIES: Record<string, { area: string; text: string }> = {
  STTTT: { area: 'cơ quan thường trực', text: 'Tham mưu kế hoạch, tổng hợp báo cáo và theo dõi việc thực hiện các nhiệm vụ của Ban Chỉ đạo' },
  SKHDT: { area: 'vốn đầu tư', text: 'Cân đối, bố trí vốn đầu tư phát triển cho các dự án công nghệ thông tin' },
  STC: { area: 'kinh phí thường xuyên', text: 'Thẩm định dự toán, bố trí kinh phí chi thường xuyên cho ứng dụng công nghệ thông tin' },
  SNV: { area: 'cải cách hành chính', text: 'Gắn ứng dụng công nghệ thông tin với cải cách hành chính, chính sách cán bộ chuyên trách' },
  SYT: { area: 'y tế', text: 'Ứng dụng công nghệ thông tin trong khám chữa bệnh và hồ sơ sức khỏe điện tử' },
  SGDDT: { area: 'giáo dục', text: 'Ứng dụng công nghệ thông tin trong dạy, học và quản lý giáo dục' },
  SCT: { area: 'thương mại điện tử', text: 'Phát triển thương mại điện tử, hỗ trợ doanh nghiệp chuyển đổi số' },
  SKHCN: { area: 'khoa học và công nghệ', text: 'Nghiên cứu, ứng dụng khoa học và công nghệ phục vụ chuyển đổi số' },
  VPUBND: { area: 'một cửa, dịch vụ công', text: 'Vận hành hệ thống một cửa điện tử và dịch vụ công trực tuyến của tỉnh' },
  CA: { area: 'an ninh mạng', text: 'Bảo đảm an toàn, an ninh thông tin; khai thác cơ sở dữ liệu quốc gia về dân cư' },
};
