// The module on its own (PGlite, no HTTP) on the host kit: the regulation that judges a change is the one
// in force on the date of the fact, read through the RegulationsInForce port. The port is provided here
// from an in-memory list of adoptions (Thanh Hóa 2014, then 2018), the fixture the port's contract
// allows; the platform's tests use the rulebook context's real one.
import { Writable } from 'node:stream';
import { Global, Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { LocalDate } from '@bcd/calendar';
import { fixedClock, RuleViolation } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { adoptionOf, builtInPack, regulationInForce, REGULATIONS_IN_FORCE, type Adoption, type RegulationsInForce } from '@bcd/regulation';
import { authOptionsOf, createLogger, HostModule, hostConfigSchema, hostConfigVariables, loadHostConfig, Metrics } from '@bcd/service-host';
import { MembershipModule } from '../membership.module.js';
import { ChangeAgencies } from './agencies.commands.js';
import { ChangeCommittee, type MemberSummary } from './committee.commands.js';
import { ChangePeople } from './people.commands.js';
import { Regulations } from '@bcd/service-host';

const TENANT = 'thanh-hoa';
const ADOPTIONS: Record<string, Adoption[]> = {
  [TENANT]: [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })],
};

const inMemoryRegulations: RegulationsInForce = {
  adoptions: async (tenantId) => ADOPTIONS[tenantId] ?? [],
  inForce: async (tenantId, date) => regulationInForce(ADOPTIONS[tenantId] ?? [], date),
};

@Global()
@Module({ providers: [{ provide: REGULATIONS_IN_FORCE, useValue: inMemoryRegulations }], exports: [REGULATIONS_IN_FORCE] })
class InMemoryRegulationsModule {}

/** The host kit as every host assembles it (runner, read models, idempotency), on `store`. */
function hostModule(store: PostgresEventStore) {
  const config = loadHostConfig(hostConfigSchema, hostConfigVariables, { JWT_SECRET: 'test-only-jwt-secret-of-at-least-32-characters', DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn' });
  const logger = createLogger({ service: 'membership', LOG_LEVEL: 'warn', NODE_ENV: 'test' }, new Writable({ write: (_chunk, _encoding, done) => done() }));
  return HostModule.forRoot({
    config,
    logger,
    metrics: new Metrics(),
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    store,
    clock: fixedClock('2025-07-15T02:00:00.000Z'),
  });
}

describe('the regulation in force on the date of the fact (module, PGlite)', () => {
  let store: PostgresEventStore;
  let moduleRef: TestingModule;
  let bus: CommandBus;
  let committeeId: string;
  const agencies: Record<string, string> = {};
  const d = (value: string) => LocalDate.parse(value);

  const person = async () => (await bus.execute(new ChangePeople(TENANT, { type: 'RegisterPerson', data: { fullName: 'Người thử', email: null, phone: null } }))).personId;
  const appoint = async (code: string, role: 'standing-member' | 'member', effectiveOn: string): Promise<MemberSummary> =>
    bus.execute(
      new ChangeCommittee(TENANT, committeeId, {
        type: 'AppointMember',
        personId: await person(),
        role,
        agencyId: agencies[code],
        decision: { number: `${effectiveOn}/QĐ-UBND`, date: d(effectiveOn) },
        effectiveOn: d(effectiveOn),
      }),
    );
  const refusal = async (work: Promise<unknown>): Promise<RuleViolation> => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof RuleViolation)) throw new Error(`expected a rule violation, got ${String(error)}`);
    return error;
  };

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    // The tenant, as the identity context records it: the command runner refuses changes in an unknown tenant.
    await store.appendToStream('platform', `tenancy-tenant-${TENANT}`, [{ type: 'tenancy.TenantCreated', data: { code: TENANT, name: 'Tỉnh Thanh Hóa' } }]);
    moduleRef = await Test.createTestingModule({ imports: [hostModule(store), InMemoryRegulationsModule, MembershipModule] }).compile();
    await moduleRef.init();
    bus = moduleRef.get(CommandBus);
    for (const [code, name] of [
      ['STTTT', 'Sở Thông tin và Truyền thông'],
      ['SKHDT', 'Sở Kế hoạch và Đầu tư'],
      ['STC', 'Sở Tài chính'],
      ['SGDDT', 'Sở Giáo dục và Đào tạo'],
      ['SYT', 'Sở Y tế'],
    ]) {
      agencies[code] = (await bus.execute(new ChangeAgencies(TENANT, { type: 'RegisterAgency', code, name, kind: 'department' }))).agencyId;
    }
    const established = await bus.execute(
      new ChangeCommittee(TENANT, undefined, {
        type: 'EstablishCommittee',
        name: 'Ban Chỉ đạo ứng dụng CNTT tỉnh Thanh Hóa',
        decision: { number: '1832/QĐ-UBND', date: d('2014-06-13') },
        establishedOn: d('2014-06-13'),
        standingAgencyId: agencies.STTTT,
      }),
    );
    committeeId = established.committeeId;
  });

  afterAll(async () => {
    // the host kit closes the store it was given
    await moduleRef?.close();
  });

  it('reads the adoption in force and the day it stops being in force', async () => {
    const regulations = moduleRef.get(Regulations);
    expect(await regulations.inForce(TENANT, d('2014-10-15'))).toBeUndefined();
    expect(await regulations.inForce(TENANT, d('2016-01-01'))).toMatchObject({ adoption: { pack: { id: 'thanh-hoa-2014' } }, from: '2014-10-16', until: '2018-10-19' });
    expect(await regulations.inForce(TENANT, d('2019-01-01'))).toMatchObject({ adoption: { pack: { id: 'thanh-hoa-2018' } }, from: '2018-10-19', until: null });
    expect(await regulations.inForce('kien-giang', d('2019-01-01'))).toBeUndefined();
  });

  it('judges a standing member of 2015 by Thanh Hóa 2014 and one of 2019 by Thanh Hóa 2018', async () => {
    const four: MemberSummary[] = [];
    for (const code of ['STTTT', 'SKHDT', 'STC', 'SGDDT']) four.push(await appoint(code, 'standing-member', '2014-11-03'));
    expect(four.map((m) => m.role)).toEqual(['standing-member', 'standing-member', 'standing-member', 'standing-member']);
    // 2015: Thanh Hóa 2014 Điều 5 names the four agencies; the Sở Y tế is not one of them
    expect((await refusal(appoint('SYT', 'standing-member', '2015-03-01'))).rule).toBe('thanh-hoa-2014/composition.standingMembers');
    // 2019: Thanh Hóa 2018 Điều 5 has one standing member, and the four are still seated
    const refused = await refusal(appoint('SYT', 'standing-member', '2019-01-01'));
    expect(refused.rule).toBe('thanh-hoa-2018/composition.standingMembers');
    expect(refused.article).toBe('Điều 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018');
    // once three of them have left (the re-establishment of 2018), one standing member from any agency
    for (const member of four.slice(1)) {
      await bus.execute(
        new ChangeCommittee(TENANT, committeeId, { type: 'DismissMember', memberId: member.memberId, decision: { number: '4000/QĐ-UBND', date: d('2018-11-01') }, effectiveOn: d('2018-11-01') }),
      );
    }
    await bus.execute(
      new ChangeCommittee(TENANT, committeeId, { type: 'DismissMember', memberId: four[0].memberId, decision: { number: '4001/QĐ-UBND', date: d('2018-12-01') }, effectiveOn: d('2018-12-01') }),
    );
    expect((await appoint('SYT', 'standing-member', '2019-01-01')).role).toBe('standing-member');
    expect((await refusal(appoint('STTTT', 'standing-member', '2019-02-01'))).rule).toBe('thanh-hoa-2018/composition.standingMembers');
  });

  it('refuses a change dated before any regulation was in force', async () => {
    expect((await refusal(appoint('SYT', 'member', '2014-07-01'))).rule).toBe('MEMBERSHIP-no-regulation-in-force');
  });
});
