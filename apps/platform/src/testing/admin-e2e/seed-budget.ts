// What the budget page's browser test needs on top of seed.ts, recorded through the HTTP API as the platform's
// budget.int.spec.ts does: Sở TTTT's 2019 budget in Thanh Hóa under its 2018 regulation (QĐ 4095/QĐ-BCĐ, Điều 11),
// taken through its estimate flow (drafted, submitted, appraised by Sở Tài chính, passed through the chair) to its
// appropriation by decision; a Sở Tài chính user (finance_department); and two member users whose accounts are
// linked to people of the 2018 committee — its chair, who decides special expenditures (Điều 11.2), and its
// standing member, whom the regulation does not name for that.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { IdentityClient } from '../identity-client.js';
import { PASSWORD, TH, type Seeded } from './seed.js';
import { waitForProjections } from './projections.js';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;
type Json = Record<string, unknown>;

export const FISCAL_YEAR = 2019;
/** The appropriated lines (whole đồng, decimal strings). */
export const BUDGET_LINES = [
  { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính, văn phòng phẩm', amount: '100000000' },
  { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về xây dựng Chính quyền điện tử', amount: '200000000' },
  { lineId: 'kiem-tra', category: 'kiem-tra', title: 'Kiểm tra, khảo sát tình hình ứng dụng CNTT', amount: '80000000' },
] as const;

export interface SeededBudget {
  budgetId: string;
  /** who signs in for each step besides seed.ts's secretariat and viewer */
  users: Record<'finance' | 'chair' | 'standingMember', { username: string; password: string }>;
  /** the full names their accounts are linked to */
  chairName: string;
  standingMemberName: string;
}

export async function seedBudget(inject: Inject, seeded: Seeded): Promise<SeededBudget> {
  const client = new IdentityClient(inject);
  const admin = seeded.admin.token;
  const users = {
    finance: { username: 'taichinh.th', password: PASSWORD },
    chair: { username: 'truongban.th', password: PASSWORD },
    standingMember: { username: 'uvtt.th', password: PASSWORD },
  };
  const finance = await client.member(admin, TH, users.finance.username, 'finance_department', users.finance.password);
  const chair = await client.member(admin, TH, users.chair.username, 'member', users.chair.password);
  const standingMember = await client.member(admin, TH, users.standingMember.username, 'member', users.standingMember.password);

  const call = async (token: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<Json> => {
    const response = await client.request(token, method, url, body);
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  };
  // seed.ts's people and agencies, as their read models have them
  await waitForProjections(inject, admin);
  const people = (await call(admin, 'GET', `/api/tenants/${TH}/membership/people`)) as unknown as { personId: string; fullName: string | null }[];
  const agencies = (await call(admin, 'GET', `/api/tenants/${TH}/membership/agencies`)) as unknown as { agencyId: string; code: string }[];
  const personId = (fullName: string) => people.find((person) => person.fullName === fullName)?.personId ?? fail(`no person ${fullName}`);
  const chairName = 'Đỗ Minh Tuấn'; // the chair of 4094/QĐ-UBND (2018)
  const standingMemberName = 'Trần Đức Thắng'; // its standing member
  await call(admin, 'PUT', `/api/tenants/${TH}/membership/people/${personId(chairName)}/account`, { userId: chair.userId });
  await call(admin, 'PUT', `/api/tenants/${TH}/membership/people/${personId(standingMemberName)}/account`, { userId: standingMember.userId });

  const budget = (path: string) => `/api/tenants/${TH}/budget/years${path}`;
  const holderAgencyId = agencies.find((agency) => agency.code === 'STTTT')?.agencyId ?? fail('no agency STTTT');
  const { budgetId } = (await call(admin, 'POST', budget(''), { fiscalYear: FISCAL_YEAR, holderAgencyId, source: 'standing-agency-budget', openedOn: '2018-11-01' })) as { budgetId: string };
  await call(admin, 'PUT', budget(`/${budgetId}/estimate`), { draftedOn: '2018-11-05', lines: BUDGET_LINES });
  await call(admin, 'POST', budget(`/${budgetId}/estimate/submission`), { submittedOn: '2018-11-10' });
  await call(finance.token, 'POST', budget(`/${budgetId}/estimate/appraisal`), { appraisedOn: '2018-11-26', lines: BUDGET_LINES.map(({ lineId, amount }) => ({ lineId, amount })), comments: 'Thống nhất trình UBND tỉnh' });
  // Điều 11.2: the estimate goes through the chair (as the member holding the chair that day) before it is approved
  await call(chair.token, 'POST', budget(`/${budgetId}/estimate/review`), { reviewedOn: '2018-11-28', note: 'Đồng ý trình UBND tỉnh' });
  await call(admin, 'POST', budget(`/${budgetId}/appropriation`), { decision: { number: '5012/QĐ-UBND', date: '2018-12-14' }, lines: BUDGET_LINES });
  return { budgetId, users, chairName, standingMemberName };
}

function fail(message: string): never {
  throw new Error(`seed-budget: ${message}`);
}
