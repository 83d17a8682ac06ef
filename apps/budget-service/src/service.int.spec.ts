// Smoke test of the distributed shape's budget service on PGlite: it starts and answers /health/ready; a user and a
// tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; a budget cannot be opened until the rulebook's events there (as
// the membership service's rulebook appends them) put a regulation in force, and is then judged by it. No token is a
// 401, another tenant a 404. tools/distributed runs it beside the other services as a process.
import { fixedClock, newId } from '@bcd/kernel';
import { adoptBuiltInRegulation, itAnswersReady, itRefusesStrangers, startServiceForTest } from '@bcd/service-host/testing';
import { createBudgetService, loadConfig } from './app.js';

describe('budget service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  const service = startServiceForTest((env, options) => createBudgetService(loadConfig(env), options), {
    clock,
    users: [{ username: 'sotttt.th', displayName: 'Sở TTTT', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] }],
  });
  const { send } = service;

  itAnswersReady(service);
  itRefusesStrangers(service, 'budget/years');

  it('opens a budget once the rulebook\'s events of the shared store put a regulation in force, judged by it', async () => {
    const holderAgencyId = newId();
    const open = (source: string) => send('POST', '/api/tenants/thanh-hoa/budget/years', service.token, { fiscalYear: 2026, holderAgencyId, source, openedOn: '2025-07-15' });
    const unjudged = await open('standing-agency-budget');
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'BUDGET-no-regulation-in-force' });

    await adoptBuiltInRegulation(service.store, 'thanh-hoa', 'thanh-hoa-2018');

    // Thanh Hóa 2018 Điều 11.1: from the standing agency's own budget, not each agency's
    const refused = await open('each-agency-recurrent-budget');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ rule: 'thanh-hoa-2018/budget.funding', article: expect.stringMatching(/^Điều 11 khoản 1, Quyết định 4095\/QĐ-BCĐ/) });
    const opened = await open('standing-agency-budget');
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ fiscalYear: 2026, holderAgencyId, stage: 'drafting', regulation: { packId: 'thanh-hoa-2018' } });
    const listed = await send('GET', '/api/tenants/thanh-hoa/budget/years', service.token);
    expect(listed.json()).toEqual([expect.objectContaining({ budgetId: opened.json().budgetId })]);
  });
});
