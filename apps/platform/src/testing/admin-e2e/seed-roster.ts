// What the browser test of the roster's forms needs, recorded through the HTTP API: Thanh Hóa while its 2014
// regulation (3461/QĐ-BCĐ) is in force and its 2014 committee sits, since only that regulation has a long-absence
// procedure (Điều 2 khoản 4; Thanh Hóa 2018 has none, so seedThanhHoa's roster of today cannot show a seat pending
// replacement). The committee: a chair, the standing member from Sở TTTT and a member from Sở Nội vụ; one more person
// registered but serving nowhere (the replacement the agency will propose); a secretariat user and a viewer.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { IdentityClient, type Session } from '../identity-client.js';
import { MembershipClient } from '../membership-client.js';
import { PASSWORD, TH } from './seed.js';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export interface SeededRoster {
  admin: Session;
  users: Record<'secretariat' | 'viewer', { username: string; password: string }>;
  committeeId: string;
  /** a registered person on no committee */
  unassigned: string;
}

/** Needs the platform's clock after 16/10/2014 (the decisions are signed then) and before Thanh Hóa 2018 (19/10/2018). */
export async function seedThanhHoa2014(inject: Inject, adminPassword: string): Promise<SeededRoster> {
  const client = new IdentityClient(inject);
  const admin = await client.session('admin', adminPassword);
  await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
  const users = { secretariat: { username: 'vanphong.th', password: PASSWORD }, viewer: { username: 'xem.th', password: PASSWORD } };
  for (const [role, user] of Object.entries(users)) await client.member(admin.token, TH, user.username, role, user.password);
  const adopted = await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16' });
  if (adopted.statusCode !== 201) throw new Error(`adopting thanh-hoa-2014 → ${adopted.statusCode} ${adopted.body}`);

  const th = new MembershipClient(client, TH, admin.token);
  const agencies: Record<string, string> = {};
  for (const [code, name, kind] of [
    ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
    ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
    ['SKHDT', 'Sở Kế hoạch và Đầu tư', 'department'],
    ['SNV', 'Sở Nội vụ', 'department'],
  ] as const) {
    agencies[code] = await th.agency(code, name, kind);
  }
  const decision = { number: '1832/QĐ-UBND', date: '2014-10-16' };
  const committeeId = await th.committee({ name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', decision, standingAgencyId: agencies.STTTT });
  for (const [role, code, fullName] of [
    ['chair', 'UBND', 'Nguyễn Đình Xứng'],
    ['standing-member', 'STTTT', 'Trần Đức Thắng'],
    ['member', 'SNV', 'Hoàng Minh Tuấn'],
  ] as const) {
    await th.appoint(committeeId, { personId: await th.person(fullName), role, agencyId: agencies[code], decision });
  }
  const unassigned = 'Lê Văn Hùng';
  await th.person(unassigned, 'le.van.hung@sonoivu.thanhhoa.gov.vn');
  return { admin, users, committeeId, unassigned };
}
