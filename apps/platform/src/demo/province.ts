// One province of the demo history: its tenant, the demo users who act in it, the ids its facts produced so
// far, and the small steps every province's story is made of (register, appoint, dismiss, link an account,
// run the reporting opener). The stories (kien-giang.ts, thanh-hoa.ts, …) add acts to the shared timeline.
import { LocalDate, vietnamDateOf, vietnamInstant } from '@bcd/calendar';
import type { Caller, DemoApi } from './demo-api.js';
import { agencyOf, DUTIES, NameBook } from './names.js';
import type { Random } from './random.js';
import type { Timeline } from './timeline.js';
import type { ActingRole } from './users.js';

/** What every province's story shares. */
export interface Story {
  timeline: Timeline;
  api: DemoApi;
  random: Random;
  /** The end of the history (now, when the seeder runs): nothing is recorded after it. */
  until: Date;
  /** Its day in Vietnam. */
  end: LocalDate;
}

export interface Decision {
  number: string;
  date: LocalDate;
}

export type Role = 'chair' | 'standing-vice-chair' | 'vice-chair' | 'standing-member' | 'member';

export class Province {
  readonly random: Random;
  readonly names: NameBook;
  /** Agency ids by code. */
  readonly agencies: Record<string, string> = {};
  /** Person ids by the story's key (`chair`, `SYT`, `SYT-2016`…). */
  readonly people: Record<string, string> = {};
  /** Member ids by the story's key; the key of a replaced member then names the replacement. */
  readonly members: Record<string, string> = {};
  /** Agency code of each member key. */
  readonly memberAgency: Record<string, string> = {};
  committeeId = '';
  /** The report due dates already planned: a second read of the schedule adds none twice. */
  readonly reportDueDates = new Set<string>();
  /** The last due date whose reports the story follows (Kiên Giang's committee is dissolved at the end of 2010). */
  reportsUntil: LocalDate | undefined;
  /** The standing agency's code (Sở TTTT, until an agency merger moves it). */
  standingAgency = 'STTTT';
  /** Codes of agencies merged into another: they own nothing new. */
  readonly mergedAgencies = new Set<string>();
  private readonly callers = new Map<ActingRole, Caller>();
  private readonly userIds = new Map<ActingRole, string>();

  constructor(
    readonly story: Story,
    readonly tenant: string,
    readonly name: string,
  ) {
    this.random = story.random.fork(tenant);
    this.names = new NameBook(this.random.fork('names'));
  }

  /** Keeps the session and account id of a demo user who acts in this province. */
  actsAs(role: ActingRole, caller: Caller, userId: string): void {
    this.callers.set(role, caller);
    this.userIds.set(role, userId);
  }

  as(role: ActingRole): Caller {
    const caller = this.callers.get(role);
    if (!caller) throw new Error(`${this.tenant}: no demo user acts as ${role}`);
    return caller;
  }

  get secretariat(): Caller {
    return this.as('secretariat');
  }

  /** The business day of the act being run (the first day of the history before the run). */
  today(): LocalDate {
    const now = this.story.timeline.now;
    return now ? vietnamDateOf(now) : ('0000-01-01' as LocalDate);
  }

  /** Adds an act on a local date and time; an act after the end of the history is left out. */
  at(date: LocalDate, time: string, what: string, run: () => Promise<unknown>): void {
    const at = vietnamInstant(date, time);
    if (at.getTime() > this.story.until.getTime()) return;
    this.story.timeline.at(at, `${this.tenant} ${date} ${what}`, run);
  }

  /** A numbered decision of `issuer` (`QĐ-UBND`, `QĐ-BCĐ`…) signed on `date`. */
  decision(issuer: string, date: LocalDate): Decision {
    return { number: `${this.random.int(105, 4890)}/${issuer}`, date };
  }

  // ---- steps used inside acts -------------------------------------------------------------------------

  async registerAgencies(codes: readonly string[]): Promise<void> {
    for (const code of codes) {
      if (this.agencies[code]) continue;
      const agency = agencyOf(code, this.name);
      this.agencies[code] = (await this.secretariat.post<{ agencyId: string }>('/membership/agencies', agency)).agencyId;
    }
  }

  async person(key: string): Promise<string> {
    const fullName = this.names.next();
    const slug = key.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const email = `${slug}.${this.random.int(10, 99)}@${this.tenant.replace(/-/g, '')}.gov.vn`;
    this.people[key] = (await this.secretariat.post<{ personId: string }>('/membership/people', { fullName, email, phone: null })).personId;
    return this.people[key];
  }

  async establish(name: string, decision: Decision, establishedOn: LocalDate): Promise<void> {
    const body = { name, decision, establishedOn, standingAgencyId: this.agencies[this.standingAgency] };
    this.committeeId = (await this.secretariat.post<{ committeeId: string }>('/membership/committees', body)).committeeId;
  }

  /**
   * A person appointed to a seat (a new person, or the one already known under `key` when `again`: a member
   * of an earlier committee who sits on the new one); members (not the leaders) get their agency's duties.
   */
  async appoint(key: string, role: Role, agencyCode: string, decision: Decision, effectiveOn: LocalDate = decision.date, again = false): Promise<string> {
    const personId = again && this.people[key] ? this.people[key] : await this.person(key);
    const body = { personId, role, agencyId: this.agencies[agencyCode], decision, effectiveOn };
    const memberId = (await this.secretariat.post<{ memberId: string }>(`/membership/committees/${this.committeeId}/members`, body)).memberId;
    this.members[key] = memberId;
    this.memberAgency[key] = agencyCode;
    const duty = DUTIES[agencyCode];
    if (role === 'member' && duty) {
      await this.secretariat.put(`/membership/committees/${this.committeeId}/members/${memberId}/responsibilities`, { responsibilities: [duty], effectiveOn });
    }
    return memberId;
  }

  async dismiss(key: string, decision: Decision, effectiveOn: LocalDate = decision.date): Promise<void> {
    await this.secretariat.post(`/membership/committees/${this.committeeId}/members/${this.members[key]}/dismissal`, { decision, effectiveOn });
  }

  /** The demo user `role` acts from now on as the person of `personKey` (meetings and budget read it). */
  async link(role: ActingRole, personKey: string): Promise<void> {
    const userId = this.userIds.get(role);
    if (!userId) throw new Error(`${this.tenant}: no demo user ${role}`);
    await this.as('tenant_admin').put(`/membership/people/${this.people[personKey]}/account`, { userId });
  }

  /** The person of `personKey` acts through no account any more (its holder moved on). */
  async unlink(personKey: string): Promise<void> {
    await this.as('tenant_admin').put(`/membership/people/${this.people[personKey]}/account`, { userId: null });
  }

  /** The agencies of the committee's members (and former members) that may own a task now: not UBND, not a merged one. */
  ownerAgencies(): string[] {
    return [...new Set(Object.values(this.memberAgency))].filter((code) => code !== 'UBND' && !this.mergedAgencies.has(code));
  }

  /** Runs the reporting opener now, as the platform's own timer would (it opens what falls due within 60 days). */
  async openObligations(): Promise<void> {
    await this.secretariat.post('/reporting/obligations/opening');
  }

  /** A working day on or after `date` (weekends skipped; holidays are the calendar's business, not the demo's). */
  static workday(date: LocalDate): LocalDate {
    let day = date;
    while (LocalDate.isWeekend(day)) day = LocalDate.addDays(day, 1);
    return day;
  }
}

/** The one id of `ids` not yet in `known`: a view lists what was added in its own order, not in the order added. */
export function addedId(ids: readonly string[], known: readonly string[]): string {
  const added = ids.filter((id) => !known.includes(id));
  if (added.length !== 1) throw new Error(`expected one new item, found ${added.length}`);
  return added[0];
}
