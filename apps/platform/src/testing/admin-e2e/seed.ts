// What the admin app's browser tests need, recorded through the HTTP API as the platform's *.int.spec.ts do:
// Thanh Hóa under its 2014 regulation and committee, then the 2018 ones (so the roster of 2016 differs from
// today's), Kiên Giang (a second province for the ranking), and one user per role the tests sign in as.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { IdentityClient, type Session } from '../identity-client.js';
import { MembershipClient } from '../membership-client.js';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export const TH = 'thanh-hoa';
export const KG = 'kien-giang';
export const PASSWORD = 'admin-e2e-password!';

export interface Seeded {
  admin: Session;
  /** username → password of the users the browser signs in as */
  users: Record<'secretariat' | 'auditor' | 'viewer', { username: string; password: string }>;
  /** names in the 2014 committee only, and in the 2018 one only */
  only2014: string;
  only2018: string;
}

export async function seedThanhHoa(inject: Inject, adminPassword: string): Promise<Seeded> {
  const client = new IdentityClient(inject);
  const admin = await client.session('admin', adminPassword);
  await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
  await client.tenant(admin.token, KG, 'Tỉnh Kiên Giang');
  const users = {
    secretariat: { username: 'vanphong.th', password: PASSWORD },
    auditor: { username: 'kiemtoan.th', password: PASSWORD },
    viewer: { username: 'xem.th', password: PASSWORD },
  };
  for (const [role, user] of Object.entries(users)) await client.member(admin.token, TH, user.username, role, user.password);

  const post = async (url: string, body: unknown) => {
    const response = await client.request(admin.token, 'POST', url, body);
    if (response.statusCode >= 300) throw new Error(`POST ${url} → ${response.statusCode} ${response.body}`);
  };
  await post(`/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16' });
  await post(`/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19', supersedes: '3461/QĐ-BCĐ' });
  await post(`/api/tenants/${KG}/regulations`, { builtInPackId: 'kien-giang-2008' });

  const th = new MembershipClient(client, TH, admin.token);
  const agencies: Record<string, string> = {};
  for (const [code, name, kind] of [
    ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
    ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
    ['SNV', 'Sở Nội vụ', 'department'],
    ['STC', 'Sở Tài chính', 'department'],
  ] as const) {
    agencies[code] = await th.agency(code, name, kind);
  }
  const decision2014 = { number: '1832/QĐ-UBND', date: '2014-10-16' };
  const decision2018 = { number: '4094/QĐ-UBND', date: '2018-10-19' };
  const committee2014 = await th.committee({ name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', decision: decision2014, standingAgencyId: agencies.STTTT });
  const people: Record<string, string> = {};
  for (const [role, code, fullName] of [
    ['chair', 'UBND', 'Nguyễn Đình Xứng'],
    ['standing-member', 'STTTT', 'Trần Đức Thắng'],
    ['member', 'SNV', 'Hoàng Minh Tuấn'],
  ] as const) {
    people[fullName] = await th.person(fullName);
    await th.appoint(committee2014, { personId: people[fullName], role, agencyId: agencies[code], decision: decision2014 });
  }
  await th.ok('POST', `/committees/${committee2014}/dissolution`, { decision: decision2018 });
  const committee2018 = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: decision2018, standingAgencyId: agencies.STTTT });
  for (const [role, code, fullName] of [
    ['chair', 'UBND', 'Đỗ Minh Tuấn'],
    ['standing-member', 'STTTT', 'Trần Đức Thắng'],
    ['member', 'SNV', 'Hoàng Minh Tuấn'],
    ['member', 'STC', 'Đỗ Thị Ngọc Ánh'],
  ] as const) {
    people[fullName] = people[fullName] ?? (await th.person(fullName));
    await th.appoint(committee2018, { personId: people[fullName], role, agencyId: agencies[code], decision: decision2018 });
  }
  return { admin, users, only2014: 'Nguyễn Đình Xứng', only2018: 'Đỗ Minh Tuấn' };
}
