// Smoke test of the distributed shape's meetings service on PGlite: it starts and answers /health/ready; a user and a
// tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; a meeting cannot be scheduled until the rulebook's events there
// put a regulation in force, and then invites the roster that membership's events there make (the ROSTERS fold),
// judged by that regulation; the work programme answers beside it. No token is a 401, another tenant a 404.
// tools/distributed runs it beside the other services as a process.
import { fixedClock, newId } from '@bcd/kernel';
import { MemberAppointedDataSchema } from '@bcd/contracts';
import { adoptBuiltInRegulation, itAnswersReady, itRefusesStrangers, startServiceForTest } from '@bcd/service-host/testing';
import { createMeetingsService, loadConfig } from './app.js';

const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };

describe('meetings service (PGlite)', () => {
  const clock = fixedClock('2019-09-01T02:00:00.000Z');
  const service = startServiceForTest((env, options) => createMeetingsService(loadConfig(env), options), {
    clock,
    users: [{ username: 'sotttt.th', displayName: 'Sở TTTT', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] }],
  });
  const { send } = service;
  const committeeId = newId();
  const chair = newId();
  const vice = newId();
  const plenary = () => ({
    kind: 'plenary',
    period: '2019-Q3',
    scheduledOn: '2019-09-20',
    startsAt: '2019-09-20T08:00:00+07:00',
    place: 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa',
    agenda: [{ title: 'Báo cáo kết quả 9 tháng năm 2019' }],
    presidedBy: vice,
    convenedBy: chair,
  });

  itAnswersReady(service);
  itRefusesStrangers(service, 'meetings');

  it('schedules a meeting for the roster of membership\'s events, judged by the regulation of the rulebook\'s events', async () => {
    const unjudged = await send('POST', '/api/tenants/thanh-hoa/meetings', service.token, plenary());
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'MEETINGS-no-regulation-in-force' });

    await adoptBuiltInRegulation(service.store, 'thanh-hoa', 'thanh-hoa-2018');
    // what the membership service appends when the secretariat appoints the chair and a vice chair
    const appointed = (memberId: string, role: string) =>
      MemberAppointedDataSchema.parse({ committeeId, memberId, personId: newId(), role, agencyId: newId(), decision: DECISION, effectiveOn: DECISION.date, replaces: null });
    await service.store.appendToStream('thanh-hoa', `membership-committee-thanh-hoa-${committeeId}`, [
      { type: 'membership.MemberAppointed', data: appointed(chair, 'chair') },
      { type: 'membership.MemberAppointed', data: appointed(vice, 'vice-chair') },
    ]);

    const scheduled = await send('POST', '/api/tenants/thanh-hoa/meetings', service.token, plenary());
    expect(scheduled.statusCode).toBe(201);
    expect(scheduled.json()).toMatchObject({
      status: 'scheduled',
      regulation: { packId: 'thanh-hoa-2018' },
      article: expect.stringMatching(/^Điều 8 khoản 1, Quyết định 4095\/QĐ-BCĐ/),
    });
    expect((scheduled.json().invitees as Array<{ memberId: string }>).map((i) => i.memberId).sort()).toEqual([chair, vice].sort());
    const wrongPeriod = await send('POST', '/api/tenants/thanh-hoa/meetings', service.token, { ...plenary(), period: '2019-H2' });
    expect(wrongPeriod.json()).toMatchObject({ rule: 'thanh-hoa-2018/meetings.plenary' });
  });

  it('hosts the work programme beside the meetings', async () => {
    const programmes = await send('GET', '/api/tenants/thanh-hoa/programmes', service.token);
    expect(programmes.statusCode).toBe(200);
    expect(programmes.json()).toEqual([]);
  });
});
