// The MembershipDirectory port on the read model (PGlite, and PostgreSQL with TEST_DATABASE_URL): names from
// the personal-data store (null once erased or when none is kept), agencies' names as of a date, the
// committee's name on a date, and nothing for ids that are no person or agency of the tenant asked about.
import { LocalDate } from '@bcd/calendar';
import { newId } from '@bcd/kernel';
import { loadMigrations, migrate } from '@bcd/event-store';
import { runWithRequestContext, setTenantScope } from '@bcd/auth';
import { ReadModelDatabase } from '@bcd/service-host';
import { describeOnEveryDatabase, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { MEMBERSHIP_MIGRATIONS_DIR, MEMBERSHIP_MIGRATIONS_TABLE, membershipProjection } from '../read-model/membership.projection.js';
import { ReadModelMembershipDirectory } from './directory.js';

const d = (s: string) => LocalDate.parse(s);

describeOnEveryDatabase('the membership directory on the read model', (db) => {
  const tenant = uniqueTenant('directory');
  const other = uniqueTenant('directory-other');
  const ids = { named: newId(), erased: newId(), noData: newId(), otherTenants: newId(), stttt: newId(), syt: newId(), otherAgency: newId() };
  const committees = { first: newId(), second: newId(), empty: newId() };
  const decision = { number: '1/QĐ-UBND', date: '2019-01-01' };
  let directory: ReadModelMembershipDirectory;

  const event = (tenantId: string, type: string, data: unknown) => recordedEvent(`membership.${type}`, data, { tenantId, metadata: { actor: { userId: 'test' } } });
  const personalData = (tenantId: string, personId: string, fullName: string) =>
    db.store.executor.transaction(async (tx) => {
      await setTenantScope(tx, { platform: false, tenantIds: [tenantId] });
      await tx.query(`INSERT INTO membership_personal_data (tenant_id, person_id, full_name, updated_at) VALUES ($1, $2, $3, now())`, [tenantId, personId, fullName]);
    });

  const committee = (committeeId: string, name: string, establishedOn: string) => [
    event(tenant, 'CommitteeEstablished', { committeeId, name, decision: { number: '1/QĐ-UBND', date: establishedOn }, establishedOn, regulation: null, standingAgencyId: null }),
  ];
  const appointed = (committeeId: string, effectiveOn: string) =>
    event(tenant, 'MemberAppointed', { committeeId, memberId: newId(), personId: ids.named, role: 'chair', agencyId: ids.syt, decision: { number: '2/QĐ-UBND', date: effectiveOn }, effectiveOn, replaces: null });

  beforeAll(async () => {
    const { executor } = db.store;
    await migrate(executor, await loadMigrations(MEMBERSHIP_MIGRATIONS_DIR), MEMBERSHIP_MIGRATIONS_TABLE);
    await executor.transaction((tx) =>
      membershipProjection.apply(tx, [
        event(tenant, 'AgencyRegistered', { agencyId: ids.stttt, code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' }),
        event(tenant, 'AgencyRegistered', { agencyId: ids.syt, code: 'SYT', name: 'Sở Y tế', kind: 'department' }),
        event(tenant, 'AgencyRenamed', { agencyId: ids.stttt, name: 'Sở Khoa học và Công nghệ', previousName: 'Sở Thông tin và Truyền thông', effectiveOn: '2025-03-01', decision }),
        event(other, 'AgencyRegistered', { agencyId: ids.otherAgency, code: 'SYT', name: 'Sở Y tế tỉnh khác', kind: 'department' }),
        event(tenant, 'PersonRegistered', { personId: ids.named }),
        event(tenant, 'PersonRegistered', { personId: ids.erased }),
        event(tenant, 'PersonRegistered', { personId: ids.noData }),
        event(other, 'PersonRegistered', { personId: ids.otherTenants }),
        // a committee without members is never the one named
        ...committee(committees.empty, 'BCĐ chưa có thành viên', '2010-01-01'),
        ...committee(committees.first, 'Ban Chỉ đạo ứng dụng CNTT', '2014-06-13'),
        appointed(committees.first, '2014-11-03'),
        event(tenant, 'CommitteeRenamed', { committeeId: committees.first, name: 'Ban Chỉ đạo Chính quyền điện tử', previousName: 'Ban Chỉ đạo ứng dụng CNTT', decision, effectiveOn: '2019-01-01' }),
        ...committee(committees.second, 'Ban Chỉ đạo chuyển đổi số', '2022-06-01'),
        appointed(committees.second, '2022-07-01'),
        event(tenant, 'CommitteeDissolved', { committeeId: committees.first, decision: { number: '9/QĐ-UBND', date: '2023-01-01' }, effectiveOn: '2023-01-01' }),
      ]),
    );
    await personalData(tenant, ids.named, 'Nguyễn Văn An');
    // erased: the row is deleted after the event; were it still there, the erasure still hides it
    await personalData(tenant, ids.erased, 'Trần Thị Bình');
    await personalData(other, ids.otherTenants, 'Lê Văn Cường');
    await executor.transaction((tx) => membershipProjection.apply(tx, [event(tenant, 'PersonErased', { personId: ids.erased, requestReference: 'YC-2025-01', erasedOn: '2025-07-01' })]));
    directory = new ReadModelMembershipDirectory(new ReadModelDatabase(db.store));
  });

  it('names the people asked about, null for an erased person or one without personal data', async () => {
    const people = await directory.people(tenant, [ids.named, ids.erased, ids.noData]);
    expect([...people.values()]).toEqual([
      { personId: ids.named, fullName: 'Nguyễn Văn An' },
      { personId: ids.erased, fullName: null },
      { personId: ids.noData, fullName: null },
    ]);
  });

  it('leaves out unknown ids, ids that are no id, and another tenant\'s people', async () => {
    const people = await directory.people(tenant, [ids.named, newId(), 'not-an-id', ids.otherTenants]);
    expect([...people.keys()]).toEqual([ids.named]);
    expect(await directory.people(tenant, [])).toEqual(new Map());
    expect(await directory.people('not a tenant id!', [ids.named])).toEqual(new Map());
    expect([...(await directory.people(other, [ids.otherTenants, ids.named])).values()]).toEqual([{ personId: ids.otherTenants, fullName: 'Lê Văn Cường' }]);
  });

  it('names agencies as of a date: before and after a rename', async () => {
    const before = await directory.agencyNames(tenant, [ids.stttt, ids.syt], d('2025-02-28'));
    expect(Object.fromEntries(before)).toEqual({ [ids.stttt]: 'Sở Thông tin và Truyền thông', [ids.syt]: 'Sở Y tế' });
    const after = await directory.agencyNames(tenant, [ids.stttt, ids.syt], d('2025-03-01'));
    expect(Object.fromEntries(after)).toEqual({ [ids.stttt]: 'Sở Khoa học và Công nghệ', [ids.syt]: 'Sở Y tế' });
  });

  it('leaves out unknown agencies and another tenant\'s', async () => {
    const names = await directory.agencyNames(tenant, [ids.syt, newId(), 'not-an-id', ids.otherAgency], d('2025-03-01'));
    expect(Object.fromEntries(names)).toEqual({ [ids.syt]: 'Sở Y tế' });
  });

  it('names the committee with members serving on the date (the earliest established when several), by its name then', async () => {
    const names = async (...dates: string[]) => Promise.all(dates.map(async (date) => [date, await directory.committeeName(tenant, d(date))]));
    expect(await names('2009-12-31', '2014-06-20', '2014-11-03', '2018-12-31', '2019-01-01', '2022-08-01', '2023-01-01')).toEqual([
      ['2009-12-31', null],
      ['2014-06-20', null], // established, nobody appointed yet
      ['2014-11-03', 'Ban Chỉ đạo ứng dụng CNTT'],
      ['2018-12-31', 'Ban Chỉ đạo ứng dụng CNTT'],
      ['2019-01-01', 'Ban Chỉ đạo Chính quyền điện tử'],
      ['2022-08-01', 'Ban Chỉ đạo Chính quyền điện tử'], // both have members: the earlier established
      ['2023-01-01', 'Ban Chỉ đạo chuyển đổi số'], // the first was dissolved that day
    ]);
    expect(await directory.committeeName(other, d('2022-08-01'))).toBeNull();
    expect(await directory.committeeName('not a tenant id!', d('2022-08-01'))).toBeNull();
  });

  it('inside a request, reads under the request\'s scope: a tenant the caller may not see has no names', async () => {
    const asCallerOf = <T>(tenantId: string, work: () => Promise<T>) => runWithRequestContext({ correlationId: 'test', scope: { platform: false, tenantIds: [tenantId] } }, work);
    expect(await asCallerOf(other, () => directory.people(tenant, [ids.named]))).toEqual(new Map());
    expect(await asCallerOf(other, () => directory.agencyNames(tenant, [ids.syt], d('2025-03-01')))).toEqual(new Map());
    expect(await asCallerOf(other, () => directory.committeeName(tenant, d('2015-01-01')))).toBeNull();
    expect((await asCallerOf(tenant, () => directory.people(tenant, [ids.named]))).get(ids.named)).toEqual({ personId: ids.named, fullName: 'Nguyễn Văn An' });
  });
});
