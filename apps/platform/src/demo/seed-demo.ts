// The demo history (issue 15): four provinces under the five seed regulations — Thanh Hóa 2014 then 2018, Kiên
// Giang 2008, Bình Định 2021, Phú Thọ 2022 — with years of committees, meetings, reports and budgets, written
// through the platform's public HTTP routes only, deterministic from a seed.
//
// Time. Tenants and demo users are created as of now (the day the province starts using the platform), and
// the acting users log in now. Then the history is replayed on the platform's clock, which the seeder moves
// forward from 2008 to now, each fact recorded at its business time: meetings, obligations, submissions and
// acceptances take their business time from the clock (the KPIs and time travel read it), and decisions may
// not be dated after the clock's today. The tokens issued now stay valid at every earlier moment of the replay
// (a token is checked against its expiry only), so nobody logs in again while the clock runs.
import { vietnamDateOf } from '@bcd/calendar';
import { binhDinh } from './binh-dinh.js';
import { DemoApi, type Inject } from './demo-api.js';
import type { DemoClock } from './demo-clock.js';
import { kienGiang } from './kien-giang.js';
import { phuTho } from './phu-tho.js';
import { silentProgress, type Progress } from './progress.js';
import { Province, type Story } from './province.js';
import { Random } from './random.js';
import { thanhHoa } from './thanh-hoa.js';
import { Timeline } from './timeline.js';
import { actsInHistory, createPlatformAuditor, createTenantUsers, type DemoUser } from './users.js';

export const DEFAULT_SEED = 'bcd-demo';

export interface SeedOptions {
  inject: Inject;
  /** The platform's clock: the seeder moves it through the history and leaves it at `until`. */
  clock: DemoClock;
  /** A platform admin's token, valid at `until`. */
  adminToken: string;
  seed?: string;
  /** The end of the history: now. */
  until: Date;
  /** Only these provinces (tenant codes), each told as in the whole history; all by default. */
  only?: readonly string[];
  progress?: Progress;
}

export interface SeedResult {
  users: DemoUser[];
  /** The provinces' tenant codes, in the order they were created. */
  tenants: string[];
  acts: number;
  requests: number;
}

/** The provinces, in the order the issue names them, with the prefix of their demo usernames. */
const PROVINCES: Array<[code: string, name: string, prefix: string, story: (province: Province) => void]> = [
  ['thanh-hoa', 'Tỉnh Thanh Hóa', 'th', thanhHoa],
  ['kien-giang', 'Tỉnh Kiên Giang', 'kg', kienGiang],
  ['binh-dinh', 'Tỉnh Bình Định', 'bd', binhDinh],
  ['phu-tho', 'Tỉnh Phú Thọ', 'pt', phuTho],
];

/** The tenant codes of the demo's provinces. */
export const DEMO_TENANTS: readonly string[] = PROVINCES.map(([code]) => code);

export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  const { clock, until } = options;
  const api = new DemoApi(options.inject);
  const timeline = new Timeline();
  const story: Story = { timeline, api, random: new Random(options.seed ?? DEFAULT_SEED), until, end: vietnamDateOf(until) };
  const admin = api.caller(options.adminToken);

  // Now: the provinces start using the platform, with a demo user for each role.
  clock.set(until);
  const users: DemoUser[] = [];
  const provinces: Province[] = [];
  for (const [code, name, prefix, plan] of PROVINCES) {
    if (options.only && !options.only.includes(code)) continue;
    await admin.post('/api/tenants', { code, name });
    const tenantUsers = await createTenantUsers(admin, code, prefix);
    users.push(...tenantUsers);
    const province = new Province(story, code, name);
    for (const user of tenantUsers.filter(actsInHistory)) {
      province.actsAs(user.acting, api.caller(await api.logIn(user.username, user.password), code), user.userId);
    }
    plan(province);
    provinces.push(province);
  }
  users.push(await createPlatformAuditor(admin));

  // Then the history, on a clock that moves forward from 2008 to now.
  const acts = await timeline.run(clock, options.progress ?? silentProgress);
  clock.set(until);
  return { users, tenants: provinces.map((p) => p.tenant), acts, requests: api.requests };
}
