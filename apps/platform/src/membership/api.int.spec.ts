// API specifications of the membership context on the whole platform (PGlite): given the events already
// stored, when a request, then its status and the events it appended. And a merged tenant is closed for
// membership changes too (the kit's runner refuses every command on it: TENANCY-tenant-merged).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NewEvent } from '@bcd/kernel';
import { fixedClock, newId } from '@bcd/kernel';
import { builtInPack } from '@bcd/regulation';
import { MEMBERSHIP_EVENT_TYPES, RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { ApiSpecification, type GivenStream } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';

const APPOINTMENT = { number: '2765/QĐ-UBND', date: '2014-11-03' };

describe('membership API specifications (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let admin: Session;
  let api: ReturnType<typeof ApiSpecification.for>;

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'membership-api-password' }), { clock }));
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'membership-api-password');
    api = ApiSpecification.for(app, inject as Parameters<typeof ApiSpecification.for>[1]);
  });

  afterAll(() => app.close());

  /** A tenant with Thanh Hóa 2014 adopted, an agency, two people and an established committee, as stored events. */
  async function thanhHoaCommittee(tenant: string) {
    await client.tenant(admin.token, tenant);
    const secretariat = await client.member(admin.token, tenant, `sotttt.${tenant}`, 'secretariat');
    const ids = { committee: newId(), agency: newId(), chair: newId(), other: newId() };
    const pack = builtInPack('thanh-hoa-2014');
    const adopted = RegulationAdoptedDataSchema.parse({
      adoptionId: newId(),
      source: { kind: 'built-in', packId: pack.id },
      pack,
      decisionNumber: pack.decision.number,
      signedOn: pack.decision.signedOn,
      effectiveFrom: pack.decision.signedOn,
      supersedes: null,
    });
    const committee = `membership-committee-${tenant}-${ids.committee}`;
    const given: GivenStream[] = [
      { streamId: `rulebook-regulations-${tenant}`, events: [{ type: RULEBOOK_EVENT_TYPES.regulationAdopted, data: adopted }] },
      {
        streamId: `membership-agencies-${tenant}`,
        events: [{ type: MEMBERSHIP_EVENT_TYPES.agencyRegistered, data: { agencyId: ids.agency, code: 'UBND', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', kind: 'people-committee' } }],
      },
      ...[ids.chair, ids.other].map((personId) => ({ streamId: `membership-person-${tenant}-${personId}`, events: [{ type: MEMBERSHIP_EVENT_TYPES.personRegistered, data: { personId } }] })),
      {
        streamId: committee,
        events: [
          {
            type: MEMBERSHIP_EVENT_TYPES.committeeEstablished,
            data: {
              committeeId: ids.committee,
              name: 'Ban Chỉ đạo ứng dụng CNTT tỉnh Thanh Hóa',
              decision: { number: '1832/QĐ-UBND', date: '2014-06-13' },
              establishedOn: '2014-06-13',
              regulation: null,
              standingAgencyId: null,
            },
          },
        ],
      },
    ];
    const chairAppointed: NewEvent = {
      type: MEMBERSHIP_EVENT_TYPES.memberAppointed,
      data: { committeeId: ids.committee, memberId: newId(), personId: ids.chair, role: 'chair', agencyId: ids.agency, decision: APPOINTMENT, effectiveOn: '2014-11-03', replaces: null },
    };
    const appoint = (personId: string) => ({
      method: 'POST' as const,
      url: `/api/tenants/${tenant}/membership/committees/${ids.committee}/members`,
      token: secretariat.token,
      body: { personId, role: 'chair', agencyId: ids.agency, decision: APPOINTMENT },
    });
    return { ids, given, committee, chairAppointed, appoint };
  }

  it('appoints a member of an established committee: 201 and exactly one membership.MemberAppointed', async () => {
    const { ids, given, appoint } = await thanhHoaCommittee('ha-tinh');
    const response = await api
      .given('ha-tinh', given)
      .when(appoint(ids.chair))
      .then({
        status: 201,
        events: [
          {
            type: MEMBERSHIP_EVENT_TYPES.memberAppointed,
            data: expect.objectContaining({ committeeId: ids.committee, personId: ids.chair, role: 'chair', agencyId: ids.agency, decision: APPOINTMENT, effectiveOn: '2014-11-03', replaces: null }),
          },
        ],
      });
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ committeeId: ids.committee, personId: ids.chair, role: 'chair', revision: 1 });
  });

  it('refuses a second chair: 422 with the rule and article of Thanh Hóa 2014 Điều 3, and no event', async () => {
    const { ids, given, committee, chairAppointed, appoint } = await thanhHoaCommittee('nghe-an');
    const withChair = given.map((stream) => (stream.streamId === committee ? { ...stream, events: [...stream.events, chairAppointed] } : stream));
    const response = await api.given('nghe-an', withChair).when(appoint(ids.other)).then({ status: 422, events: [] });
    expect(response.json()).toMatchObject({ type: 'rule-violation', rule: 'thanh-hoa-2014/composition.chair', article: 'Điều 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014' });
  });

  it('refuses every membership change in a merged tenant (TENANCY-tenant-merged), appending nothing', async () => {
    await client.tenant(admin.token, 'ha-tay', 'Tỉnh Hà Tây');
    await client.tenant(admin.token, 'ha-noi', 'Thành phố Hà Nội');
    const merged = await client.request(admin.token, 'POST', '/api/tenants/ha-tay/merge', { into: 'ha-noi', effectiveDate: '2025-07-01' });
    expect(merged.statusCode).toBe(200);
    const response = await api
      .given('ha-tay')
      .when({ method: 'POST', url: '/api/tenants/ha-tay/membership/agencies', token: admin.token, body: { code: 'UBND', name: 'Ủy ban nhân dân tỉnh Hà Tây', kind: 'people-committee' } })
      .then({ status: 422, events: [] });
    expect(response.json()).toMatchObject({ type: 'rule-violation', rule: 'TENANCY-tenant-merged' });
    // the history stays readable
    const agencies = await client.request(admin.token, 'GET', '/api/tenants/ha-tay/membership/agencies');
    expect(agencies.statusCode).toBe(200);
  });
});
