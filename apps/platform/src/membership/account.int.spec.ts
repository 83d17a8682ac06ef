// Linking a person to their login account (PGlite, whole platform): given a person's stream, when
// `PUT …/people/:personId/account`, then a status and the PersonAccountLinked event; the person reads
// back with the user id, the Rosters port other contexts ask knows which people the user is, and only
// the tenant's access admins may link (a secretariat caller is refused).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { MEMBERSHIP_EVENT_TYPES, ROSTERS, type Rosters } from '@bcd/contracts';
import { ApiSpecification, type GivenStream } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TENANT = 'quang-tri';
const OTHER = 'quang-binh';

describe('linking a person to a login account (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let api: ReturnType<typeof ApiSpecification.for>;
  let tenantAdmin: Session;
  let secretariat: Session;
  let member: Session;
  let qt: MembershipClient;
  let qb: MembershipClient;

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'account-admin-password' }), { clock }));
    const client = new IdentityClient(inject);
    const admin = await client.session('admin', 'account-admin-password');
    await client.tenant(admin.token, TENANT, 'Tỉnh Quảng Trị');
    await client.tenant(admin.token, OTHER, 'Tỉnh Quảng Bình');
    tenantAdmin = await client.member(admin.token, TENANT, 'admin.qt', 'tenant_admin');
    secretariat = await client.member(admin.token, TENANT, 'sotttt.qt', 'secretariat');
    member = await client.member(admin.token, TENANT, 'uyvien.qt', 'member');
    qt = new MembershipClient(client, TENANT, tenantAdmin.token);
    qb = new MembershipClient(client, OTHER, admin.token);
    api = ApiSpecification.for(app, inject as Parameters<typeof ApiSpecification.for>[1]);
  });

  afterAll(() => app.close());

  const personStream = (personId: string): GivenStream => ({
    streamId: `membership-person-${TENANT}-${personId}`,
    events: [{ type: MEMBERSHIP_EVENT_TYPES.personRegistered, data: { personId } }],
  });
  const link = (personId: string, body: unknown, token = tenantAdmin.token, headers: Record<string, string> = {}) => ({
    method: 'PUT' as const,
    url: `/api/tenants/${TENANT}/membership/people/${personId}/account`,
    token,
    body,
    headers,
  });
  const rosters = () => app.get<Rosters>(ROSTERS);

  it('links a person to a user: 200, one PersonAccountLinked, the person reads back with the user id', async () => {
    const personId = newId();
    const response = await api
      .given(TENANT, [personStream(personId)])
      .when(link(personId, { userId: member.userId }))
      .then({ status: 200, events: [{ type: MEMBERSHIP_EVENT_TYPES.personAccountLinked, data: { personId, userId: member.userId } }] });
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toEqual({ personId, status: 'registered', userId: member.userId, version: 2 });
    expect(await qt.get(`/people/${personId}`)).toMatchObject({ personId, userId: member.userId, version: 2 });
    expect(await rosters().peopleOfUser(TENANT, member.userId)).toEqual([personId]);
    expect(await rosters().peopleOfUser(OTHER, member.userId)).toEqual([]);

    // the same link again: nothing happens
    await api.given(TENANT).when(link(personId, { userId: member.userId })).then({ status: 200, events: [] });
    // a stale If-Match: 409, nothing happens
    const stale = await api.given(TENANT).when(link(personId, { userId: secretariat.userId }, tenantAdmin.token, { 'if-match': '"1"' })).then({ status: 409, events: [] });
    expect(stale.json()).toMatchObject({ type: 'concurrency-conflict' });
  });

  it('unlinks a person with {userId: null}', async () => {
    const personId = newId();
    await api.given(TENANT, [personStream(personId)]).when(link(personId, { userId: member.userId })).then({ status: 200 });
    const response = await api
      .given(TENANT)
      .when(link(personId, { userId: null }, tenantAdmin.token, { 'if-match': '"2"' }))
      .then({ status: 200, events: [{ type: MEMBERSHIP_EVENT_TYPES.personAccountLinked, data: { personId, userId: null } }] });
    expect(response.json()).toEqual({ personId, status: 'registered', userId: null, version: 3 });
    expect(await qt.get(`/people/${personId}`)).toMatchObject({ personId, userId: null, version: 3 });
    expect(await rosters().peopleOfUser(TENANT, member.userId)).not.toContain(personId);
  });

  it('ends the link when the person is erased, and links an erased person to nothing again (422)', async () => {
    const personId = await qt.person('Hoàng Thị Dung');
    await qt.ok('PUT', `/people/${personId}/account`, { userId: member.userId });
    expect(await rosters().peopleOfUser(TENANT, member.userId)).toContain(personId);
    await qt.ok('POST', `/people/${personId}/erasure`, { requestReference: 'YC-2025-020' });
    expect(await qt.get(`/people/${personId}`)).toMatchObject({ personId, erased: true, userId: null });
    expect(await rosters().peopleOfUser(TENANT, member.userId)).not.toContain(personId);
    const refused = await api.given(TENANT).when(link(personId, { userId: member.userId })).then({ status: 422, events: [] });
    expect(refused.json()).toMatchObject({ type: 'rule-violation', rule: 'MEMBERSHIP-person-erased' });
  });

  it('knows no person of another tenant, nor an unknown one (404)', async () => {
    const theirs = await qb.person('Phan Văn Em');
    await api.given(TENANT).when(link(theirs, { userId: member.userId })).then({ status: 404, events: [] });
    await api.given(TENANT).when(link(newId(), { userId: member.userId })).then({ status: 404, events: [] });
    await api.given(TENANT).when(link('not-an-id', { userId: member.userId })).then({ status: 404, events: [] });
    expect(await qb.get(`/people/${theirs}`)).toMatchObject({ userId: null, version: 1 });
  });

  it('lets only the tenant\'s access admins link: a secretariat or member caller is refused (403)', async () => {
    const personId = newId();
    const refused = await api.given(TENANT, [personStream(personId)]).when(link(personId, { userId: secretariat.userId }, secretariat.token)).then({ status: 403, events: [] });
    expect(refused.headers['content-type']).toContain('application/problem+json');
    await api.given(TENANT).when(link(personId, { userId: member.userId }, member.token)).then({ status: 403, events: [] });
  });

  it('refuses a malformed body with 400 naming the field, and records nothing', async () => {
    const personId = newId();
    const bad = await api.given(TENANT, [personStream(personId)]).when(link(personId, { userId: 'admin.qt' })).then({ status: 400, events: [] });
    expect(bad.json()).toMatchObject({ type: 'validation-failed', errors: [expect.objectContaining({ path: 'userId' })] });
    await api.given(TENANT).when(link(personId, {})).then({ status: 400, events: [] });
    await api.given(TENANT).when(link(personId, { userId: member.userId, role: 'chair' })).then({ status: 400, events: [] });
    expect(problem(await qt.request('PUT', `/people/${personId}/account`, { userId: 42 }), 400)).toMatchObject({ type: 'validation-failed' });
  });

  it('publishes the route with its operation id, roles, body and If-Match', async () => {
    const document = (await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' })).json();
    const operation = document.paths['/api/tenants/{tenant}/membership/people/{personId}/account'].put;
    expect(operation.operationId).toBe('linkPersonAccount');
    expect(operation['x-roles']).toEqual(['platform_admin', 'tenant_admin']);
    expect(operation.parameters.map((p: { name: string }) => p.name)).toContain('If-Match');
  });
});
