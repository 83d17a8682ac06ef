// Smoke test of the distributed shape's reporting service on PGlite: it starts and answers /health/ready; a user and
// a tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; the opening process opens nothing until the rulebook's events there
// put a regulation in force, then opens the designated agency's obligations as that regulation words them. No token
// is a 401, another tenant a 404. tools/distributed runs it beside the other services as a process.
import { fixedClock, newId } from '@bcd/kernel';
import { adoptBuiltInRegulation, itAnswersReady, itRefusesStrangers, startServiceForTest } from '@bcd/service-host/testing';
import { createReportingService, loadConfig } from './app.js';

describe('reporting service (PGlite)', () => {
  const clock = fixedClock('2019-09-01T02:00:00.000Z');
  const service = startServiceForTest((env, options) => createReportingService(loadConfig(env), options), {
    clock,
    users: [{ username: 'sotttt.th', displayName: 'Sở TTTT', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] }],
  });
  const { send } = service;

  itAnswersReady(service);
  itRefusesStrangers(service, 'reporting/obligations');

  it('opens the designated agency\'s obligations from the regulation of the rulebook\'s events, and nothing before', async () => {
    const agencyId = newId();
    const designated = await send('PUT', '/api/tenants/thanh-hoa/reporting/setup/reporting-agencies', service.token, { agencyIds: [agencyId], effectiveFrom: '2019-01-01', decision: { number: '15/QĐ-BCĐ', date: '2018-12-20' } });
    expect(designated.statusCode).toBe(200);
    const before = await send('POST', '/api/tenants/thanh-hoa/reporting/obligations/opening', service.token);
    expect(before.json()).toMatchObject({ tenant: 'thanh-hoa', planned: 0, opened: 0 });

    await adoptBuiltInRegulation(service.store, 'thanh-hoa', 'thanh-hoa-2018');

    // on 2019-09-01 the six-month report of 2019-H1 is owed; the annual one falls due beyond the 60 days opened ahead
    const opened = await send('POST', '/api/tenants/thanh-hoa/reporting/obligations/opening', service.token);
    expect(opened.json()).toMatchObject({ tenant: 'thanh-hoa', planned: 1, opened: 1 });
    const listed = await send('GET', '/api/tenants/thanh-hoa/reporting/obligations', service.token);
    expect(listed.json().obligations).toEqual([
      expect.objectContaining({
        period: '2019-H1',
        reporter: { kind: 'agency', agencyId },
        due: expect.objectContaining({ literalDueDate: '2019-06-09', dueDate: '2019-06-10', wording: 'trước ngày 10 tháng 6' }),
        rule: expect.objectContaining({ packId: 'thanh-hoa-2018', article: expect.stringMatching(/^Điều 10 khoản 2, Quyết định 4095\/QĐ-BCĐ/) }),
      }),
    ]);
  });
});
