// The distributed shape (ARCHITECTURE.md "Two shapes", issue 16 items 1 and 5) as it runs: the five services as five
// processes (`node apps/<name>-service/dist/main.js`, so `npm run build` first) on free loopback ports against one
// scratch PostgreSQL database made from TEST_DATABASE_URL, sharing JWT_SECRET and AUDIT_SIGNING_KEY, no Kafka (each
// service reads the others' facts from the shared store through the kit's folds).
// 1. A scenario across contexts through their HTTP APIs: the bootstrap admin logs in at membership, creates Thanh
//    Hóa, its secretariat user and adopts the 2018 regulation; the secretariat registers agencies, the committee and
//    its members at membership; schedules this quarter's plenary and holds it (one member absent) at meetings;
//    designates a reporting agency, opens its obligations and submits last year's six-month report at reporting;
//    opens and drafts next year's budget at budget. The projection service's KPIs of this quarter (required meetings,
//    attendance), its time travel to now and its audit trail reflect it. (Commands record business time as their
//    own time unless they name a date, as every command does on the real clock here: so the meetings are this
//    quarter's, and the KPIs, judged as of a period's last day on the business axis, are this quarter's.)
// 2. The meetings service SIGKILLed in the middle of a burst of commands (each with an Idempotency-Key), restarted,
//    the scenario finished: every command answered 2xx is in the store exactly once (SQL, by the meeting it names, and
//    through the audit trail), none twice; a command answered before the kill and sent again with its key answers the
//    same, replayed, with no second event; the meetings read model holds what the store holds.
// 3. The projection service SIGKILLed in the middle of a catch-up: once restarted, its audit trail and the tenants'
//    transparency logs hold exactly one row per event, the log verifies, and the audit trail equals its rebuild from
//    position 0.
// About 30 s on a quiet two-core machine (80 s when others load it): run alone with
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --experimental-vm-modules node_modules/jest/bin/jest.js tools/distributed
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vietnamDateOf } from '@bcd/calendar';
import { PgExecutor } from '@bcd/event-store';
import { encodeSignerKey } from '@bcd/projections';
import { freePort, progress, SERVICE_NAMES, ServiceProcess, sleep, type Answer, type ServiceName } from './services.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL;
const TH = 'thanh-hoa';
const ADMIN_PASSWORD = 'distributed-admin-password';
const SECRETARIAT_PASSWORD = 'distributed-secretariat-password';
const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };
/** Today in Vietnam, and the quarter it is in (Thanh Hóa 2018 Điều 8.1: a plenary every quarter). */
const TODAY = vietnamDateOf(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = Math.ceil(Number(TODAY.slice(5, 7)) / 3);
const PERIOD = `${YEAR}-Q${QUARTER}`;
const QUARTER_START = `${YEAR}-${String(QUARTER * 3 - 2).padStart(2, '0')}-01`;
/** Commands of the burst in which the meetings service is killed, and how many answers it gives before. */
const BURST = 48;
const BURST_CONCURRENCY = 6;
const KILL_AFTER_ANSWERS = 14;
/** People registered while the projection service is down: several batches (500) of each projection to catch up. */
const BACKLOG = 1600;

type Json = Record<string, any>;

const maybe = DATABASE_URL ? describe : describe.skip;
if (!DATABASE_URL) progress('TEST_DATABASE_URL is not set: the distributed shape\'s multi-process test is SKIPPED');

maybe('the distributed shape: five service processes on one PostgreSQL store', () => {
  const dbName = `bcd_distributed_${Date.now()}_${process.pid}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bcd-distributed-'));
  let admin: PgExecutor;
  let sql: PgExecutor;
  const services = {} as Record<ServiceName, ServiceProcess>;
  let adminToken: string;
  let token: string;
  const agencies: Record<string, string> = {};
  const members: Record<string, string> = {};
  let meetingId: string;
  let heldEventId: string;
  let obligationId: string;
  let budgetId: string;

  /** A change that must succeed: its JSON answer, or the test fails with the status and the problem document. */
  async function ok(service: ServiceName, method: string, path: string, body?: unknown, options: { as?: string; status?: number; headers?: Record<string, string> } = {}): Promise<Json> {
    const answer = await services[service].send(method, path, { token: options.as ?? token, body, headers: options.headers });
    const expected = options.status ?? (method === 'POST' ? 201 : 200);
    if (answer.status !== expected) {
      // a 500 says nothing of its cause: the service's own log does
      const log = answer.status >= 500 ? `\n${services[service].log()}` : '';
      throw new Error(`${service}: ${method} ${path} → ${answer.status} (expected ${expected}) ${JSON.stringify(answer.body)}${log}`);
    }
    return answer.body as Json;
  }
  const tenantPath = (path: string) => `/api/tenants/${TH}${path}`;

  async function count(query: string, params: unknown[] = []): Promise<number> {
    const [row] = await sql.query<{ n: string }>(query, params);
    return Number(row.n);
  }

  /** Waits until every read model of the projection service has processed every event of the store. */
  async function projectionsCaughtUp(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: Json[] = [];
    while (Date.now() < deadline) {
      last = (await ok('projection', 'GET', '/api/admin/projections', undefined, { as: adminToken })) as unknown as Json[];
      if (last.length > 0 && last.every((p) => p.eventsBehind === 0)) return;
      await sleep(200);
    }
    throw new Error(`the projection service did not catch up within ${timeoutMs} ms: ${JSON.stringify(last)}`);
  }

  /** Every entry of the tenant's audit trail (oldest first), page after page, optionally of one type. */
  async function auditTrail(type?: string): Promise<Json[]> {
    const items: Json[] = [];
    let after: string | undefined;
    do {
      const query = new URLSearchParams({ order: 'oldest', limit: '200', ...(type ? { type } : {}), ...(after ? { after } : {}) });
      const page = await ok('projection', 'GET', tenantPath(`/audit/events?${query}`), undefined, { as: adminToken });
      items.push(...(page.items as Json[]));
      after = page.next ?? undefined;
    } while (after);
    return items;
  }

  async function kpis(period: string): Promise<Record<string, Json>> {
    const answer = await ok('projection', 'GET', tenantPath(`/kpis?period=${period}`), undefined, { as: adminToken });
    return Object.fromEntries((answer.kpis as Json[]).map((kpi) => [kpi.id, kpi]));
  }

  beforeAll(async () => {
    admin = new PgExecutor({ connectionString: DATABASE_URL!, max: 1, applicationName: 'bcd-distributed-admin' });
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(DATABASE_URL!);
    url.pathname = `/${dbName}`;
    sql = new PgExecutor({ connectionString: url.toString(), max: 2, applicationName: 'bcd-distributed-check' });
    progress(`database ${dbName} created (dropped at the end)`);
    // One env file for every process, as docker-compose.yml gives them.
    const env = {
      DATABASE_URL: url.toString(),
      DATABASE_POOL_SIZE: '10',
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: encodeSignerKey('bcd.distributed.test', randomBytes(32)),
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SHUTDOWN_TIMEOUT_MS: '5000',
    };
    for (const name of SERVICE_NAMES) services[name] = new ServiceProcess(name, await freePort(), env);
    // Membership first, as docker-compose.yml orders them (everyone needs identity and the rulebook first); it also
    // creates the tables every service shares (the event store's, the idempotency records'). Then the other four at
    // once: their own migrations take turns (advisory locks). Five first starts at once on an empty database can
    // fail one of them: `migrate` of libs/event-store creates its bookkeeping table before taking its lock, and two
    // concurrent CREATE TABLE IF NOT EXISTS collide in PostgreSQL's catalog.
    services.membership.start();
    await services.membership.ready();
    const others = SERVICE_NAMES.filter((name) => name !== 'membership').map((name) => services[name]);
    for (const service of others) service.start();
    await Promise.all(others.map((service) => service.ready()));
    progress(`five services ready: ${Object.values(services).map((s) => `${s.name} :${s.port} (pid ${s.pid})`).join(', ')}`);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(Object.values(services).map((service) => service.stop()));
    await sql?.close();
    await admin?.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((error: unknown) => progress(`could not drop ${dbName}: ${String(error)}`));
    await admin?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('drives a scenario across contexts through the services\' HTTP APIs', async () => {
    // membership: identity and the rulebook live here (the one service that logs people in)
    adminToken = (await ok('membership', 'POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { as: '', status: 200 })).accessToken;
    await ok('membership', 'POST', '/api/tenants', { code: TH, name: 'Tỉnh Thanh Hóa' }, { as: adminToken });
    await ok('membership', 'POST', tenantPath('/members'), { username: 'vanphong.th', displayName: 'Văn phòng Sở TTTT', password: SECRETARIAT_PASSWORD, role: 'secretariat' }, { as: adminToken });
    token = (await ok('membership', 'POST', '/api/auth/login', { username: 'vanphong.th', password: SECRETARIAT_PASSWORD }, { as: '', status: 200 })).accessToken;
    await ok('membership', 'POST', tenantPath('/regulations'), { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19' }, { as: adminToken });
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
    ] as const) {
      agencies[code] = (await ok('membership', 'POST', tenantPath('/membership/agencies'), { code, name, kind })).agencyId;
    }
    const committeeId = (await ok('membership', 'POST', tenantPath('/membership/committees'), { name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION, standingAgencyId: agencies.STTTT })).committeeId;
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['vice', 'vice-chair', 'UBND', 'Lê Thị Thìn'],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV', 'member', 'SNV', 'Hoàng Minh Tuấn'],
      ['STC', 'member', 'STC', 'Đỗ Thị Ngọc Ánh'],
    ] as const) {
      const personId = (await ok('membership', 'POST', tenantPath('/membership/people'), { fullName, email: null, phone: null })).personId;
      members[key] = (await ok('membership', 'POST', tenantPath(`/membership/committees/${committeeId}/members`), { personId, role, agencyId: agencies[code], decision: DECISION })).memberId;
    }
    progress('membership: tenant, secretariat user, regulation, 4 agencies, committee and 5 members recorded');

    // meetings: the roster and the regulation come from membership's and the rulebook's events in the shared store
    const meeting = await ok('meetings', 'POST', tenantPath('/meetings'), plenary(QUARTER_START, 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa'));
    meetingId = meeting.meetingId;
    expect(meeting).toMatchObject({ status: 'scheduled', regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ' } });
    expect((meeting.invitees as Json[]).map((i) => i.memberId).sort()).toEqual(Object.values(members).sort());
    const held = await ok('meetings', 'POST', tenantPath(`/meetings/${meetingId}/holding`), {
      heldAt: `${QUARTER_START}T08:05:00+07:00`,
      endedAt: `${QUARTER_START}T10:45:00+07:00`,
      presidedBy: members.vice,
      attendance: Object.entries(members).map(([key, memberId]) => ({ memberId, attended: key === 'STC' ? 'absent' : 'in-person' })),
    }, { status: 200 });
    expect(held.status).toBe('held');
    progress(`meetings: the ${PERIOD} plenary scheduled for the roster in force and held on ${QUARTER_START}, one member absent`);

    // reporting: the agencies the province designates owe the six-month and annual reports (Điều 10.2)
    const lastYear = YEAR - 1;
    await ok('reporting', 'PUT', tenantPath('/reporting/setup/reporting-agencies'), { agencyIds: [agencies.SNV], effectiveFrom: `${lastYear}-01-01`, decision: { number: '15/QĐ-BCĐ', date: `${lastYear - 1}-12-20` } });
    const opening = await ok('reporting', 'POST', tenantPath('/reporting/obligations/opening'), undefined, { status: 200 });
    expect(opening.planned).toBeGreaterThanOrEqual(2);
    const obligations = (await ok('reporting', 'GET', tenantPath(`/reporting/obligations?from=${lastYear}-01-01&to=${lastYear}-12-31`))).obligations as Json[];
    const h1 = obligations.find((o) => o.period === `${lastYear}-H1`);
    // "trước ngày 10 tháng 6": by the 9th, rolled over to the next working day when it is not one
    expect(h1).toMatchObject({ reporter: { agencyId: agencies.SNV }, due: { literalDueDate: `${lastYear}-06-09`, wording: 'trước ngày 10 tháng 6' } });
    obligationId = h1!.obligationId;
    const submitted = await ok('reporting', 'POST', tenantPath(`/reporting/obligations/${obligationId}/submissions`), { submittedAt: `${lastYear}-06-05T09:00:00+07:00`, channel: 'official-email', summary: `Báo cáo 6 tháng đầu năm ${lastYear}`, values: {} });
    expect(submitted).toMatchObject({ status: 'submitted', timeliness: { onTime: true } });
    progress(`reporting: ${opening.planned} obligations planned, the ${lastYear}-H1 report submitted on time`);

    // budget: Sở TTTT's budget of next year from its own budget (Điều 11.1), its estimate drafted
    const budget = await ok('budget', 'POST', tenantPath('/budget/years'), { fiscalYear: YEAR + 1, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: TODAY });
    budgetId = budget.budgetId;
    const drafted = await ok('budget', 'PUT', tenantPath(`/budget/years/${budgetId}/estimate`), {
      draftedOn: TODAY,
      lines: [{ lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về xây dựng Chính quyền điện tử', amount: '200000000' }],
    });
    expect(drafted).toMatchObject({ estimate: { total: '200000000', draftedOn: TODAY } });
    progress(`budget: the ${YEAR + 1} budget opened and its estimate drafted`);

    [heldEventId] = (await sql.query<{ event_id: string }>(`SELECT event_id FROM events WHERE type = 'meetings.MeetingHeld' AND data->>'meetingId' = $1`, [meetingId])).map((r) => r.event_id);
    expect(heldEventId).toBeDefined();
  }, 90_000);

  it('shows the scenario in the projection service\'s KPIs and audit trail', async () => {
    await projectionsCaughtUp();
    const quarter = await kpis(PERIOD);
    expect(quarter['kpi-01']).toMatchObject({ numerator: '1', denominator: '1', breakdown: [{ label: `plenary:${PERIOD}:thanh-hoa-2018`, value: `held:${meetingId}` }] });
    expect(quarter['kpi-01'].drillDown).toContain(heldEventId);
    // attendance: 4 of the 5 invitations present, the absence consented to by no one
    expect(quarter['kpi-03']).toMatchObject({ numerator: '4', denominator: '5' });

    // Time travel to now on the recorded axis: every context's facts as the services recorded them.
    const now = await ok('projection', 'GET', tenantPath(`/as-of?at=${encodeURIComponent(new Date().toISOString())}&axis=recorded`), undefined, { as: adminToken });
    expect(now.regulation).toMatchObject({ packId: 'thanh-hoa-2018' });
    expect((now.roster as Json[]).map((seat) => seat.memberId).sort()).toEqual(Object.values(members).sort());
    expect(now.meetings).toEqual([expect.objectContaining({ meetingId, status: 'held', attendance: { present: 4, 'absent-approved': 0, 'absent-unapproved': 1, delegate: 0 } })]);
    expect((now.obligations.items as Json[]).find((o) => o.obligationId === obligationId)).toMatchObject({ status: 'submitted', onTime: true });
    expect(now.budgets).toEqual([expect.objectContaining({ budgetId, fiscalYear: YEAR + 1, estimateTotal: '200000000' })]);

    const trail = await auditTrail();
    const stored = await sql.query<{ event_id: string }>(`SELECT event_id FROM events WHERE tenant_id = $1 ORDER BY global_position`, [TH]);
    expect(trail.map((e) => e.eventId)).toEqual(stored.map((e) => e.event_id));
    for (const type of ['membership.MemberAppointed', 'rulebook.RegulationAdopted', 'meetings.MeetingHeld', 'reporting.ReportSubmitted', 'budget.EstimateDrafted']) {
      expect(trail.map((e) => e.type)).toContain(type);
    }
    progress(`projection: KPIs of ${PERIOD}, time travel to now and the audit trail (${trail.length} entries, one per stored event of ${TH}) reflect the scenario`);
  }, 60_000);

  it('loses and duplicates nothing when the meetings service is SIGKILLed in a burst of commands', async () => {
    const meetings = services.meetings;
    const place = (i: number) => `Phòng họp đợt ${i}, trụ sở UBND tỉnh Thanh Hóa`;
    const command = (i: number) => ({ body: plenary(TODAY, place(i)), headers: { 'idempotency-key': `burst-${i}` } });
    const outcomes: Array<{ first?: Answer; firstError?: string; retry?: Answer }> = Array.from({ length: BURST }, () => ({}));
    let nextCommand = 0;
    let answered = 0;
    let killing: Promise<void> | undefined;
    const worker = async () => {
      while (!killing && nextCommand < BURST) {
        const i = nextCommand++;
        try {
          outcomes[i].first = await meetings.send('POST', tenantPath('/meetings'), { token, ...command(i) });
          answered++;
        } catch (error) {
          outcomes[i].firstError = (error as Error).message;
        }
        if (!killing && answered >= KILL_AFTER_ANSWERS) {
          progress(`meetings: SIGKILL after ${answered} answers, ${nextCommand - answered} commands in flight`);
          killing = meetings.kill();
        }
      }
    };
    await Promise.all(Array.from({ length: BURST_CONCURRENCY }, worker));
    await killing;
    const answeredBefore = outcomes.flatMap((o, i) => (o.first ? [i] : []));
    const cutOff = outcomes.flatMap((o, i) => (o.firstError !== undefined ? [i] : []));
    const unsent = outcomes.flatMap((o, i) => (o.first === undefined && o.firstError === undefined ? [i] : []));
    expect(answeredBefore.every((i) => outcomes[i].first!.status === 201)).toBe(true);
    expect(cutOff.length).toBeGreaterThan(0);
    progress(`meetings: ${answeredBefore.length} commands answered 201 before the kill, ${cutOff.length} cut off, ${unsent.length} not sent yet`);

    meetings.start();
    await meetings.ready();
    progress(`meetings: restarted (pid ${meetings.pid})`);

    // An answered command sent again with its key: the same answer, replayed, and no second event.
    const replayed = answeredBefore[0];
    const again = await meetings.send('POST', tenantPath('/meetings'), { token, ...command(replayed) });
    expect(again.status).toBe(outcomes[replayed].first!.status);
    expect(again.body).toEqual(outcomes[replayed].first!.body);
    expect(again.headers['idempotent-replayed']).toBe('true');

    // The client finishes the burst: what was cut off, again with its key; what was never sent.
    for (const i of [...cutOff, ...unsent]) outcomes[i].retry = await meetings.send('POST', tenantPath('/meetings'), { token, ...command(i) });
    const retried = cutOff.map((i) => outcomes[i].retry!);
    const stuck = cutOff.filter((i) => outcomes[i].retry!.status === 409);
    progress(
      `meetings: the cut-off commands sent again with their keys: ${retried.filter((r) => r.status === 201 && r.headers['idempotent-replayed'] === 'true').length} replayed, ` +
        `${retried.filter((r) => r.status === 201 && r.headers['idempotent-replayed'] !== 'true').length} run now, ${stuck.length} refused 409 (their key was claimed when the process died and stays claimed)`,
    );
    for (const i of unsent) expect(outcomes[i].retry!.status).toBe(201);
    for (const i of cutOff) expect([201, 409]).toContain(outcomes[i].retry!.status);

    // In the store: every command answered 2xx exactly once (the meeting its answer names), none twice.
    const rows = await sql.query<{ place: string; meeting_id: string; event_id: string }>(
      `SELECT data->>'place' AS place, data->>'meetingId' AS meeting_id, event_id FROM events WHERE tenant_id = $1 AND type = 'meetings.MeetingScheduled' AND data->>'meetingId' <> $2`,
      [TH, meetingId],
    );
    const byPlace = new Map<string, string[]>();
    for (const row of rows) byPlace.set(row.place, [...(byPlace.get(row.place) ?? []), row.meeting_id]);
    for (let i = 0; i < BURST; i++) {
      const stored = byPlace.get(place(i)) ?? [];
      expect({ command: i, events: stored.length <= 1 }).toEqual({ command: i, events: true });
      const success = [outcomes[i].first, outcomes[i].retry].find((a) => a !== undefined && a.status === 201);
      if (success) expect({ command: i, stored }).toEqual({ command: i, stored: [success.body.meetingId] });
    }
    const succeeded = outcomes.filter((o) => [o.first, o.retry].some((a) => a?.status === 201)).length;
    progress(`meetings: ${rows.length} of ${BURST} burst meetings stored, ${succeeded} answered 201 — each once`);

    // The meetings read model, caught up after the restart, holds exactly what the store holds.
    const listed = (await ok('meetings', 'GET', tenantPath('/meetings'))) as unknown as Json[];
    expect(listed.map((m) => m.meetingId).sort()).toEqual([meetingId, ...rows.map((r) => r.meeting_id)].sort());

    // The scenario goes on: one of the burst's meetings is held, everyone present.
    const second = outcomes[replayed].first!.body.meetingId as string;
    await ok('meetings', 'POST', tenantPath(`/meetings/${second}/holding`), {
      heldAt: `${TODAY}T08:05:00+07:00`,
      presidedBy: members.vice,
      attendance: Object.values(members).map((memberId) => ({ memberId, attended: 'in-person' })),
    }, { status: 200 });

    // Through the projection service: the audit trail has each stored meeting once, the attendance KPI both meetings.
    await projectionsCaughtUp();
    const storedScheduled = await sql.query<{ event_id: string }>(`SELECT event_id FROM events WHERE tenant_id = $1 AND type = 'meetings.MeetingScheduled'`, [TH]);
    expect(storedScheduled).toHaveLength(rows.length + 1);
    expect((await auditTrail('meetings.MeetingScheduled')).map((e) => e.eventId).sort()).toEqual(storedScheduled.map((r) => r.event_id).sort());
    expect((await kpis(PERIOD))['kpi-03']).toMatchObject({ numerator: '9', denominator: '10' });
    progress('projection: the audit trail holds each stored meeting once; the attendance KPI counts the second meeting held');
  }, 120_000);

  it('ends with one audit row and one log leaf per event when the projection service is SIGKILLed mid-catch-up', async () => {
    const projection = services.projection;
    await projection.kill();
    progress('projection: SIGKILLed; registering a backlog of people at membership meanwhile');
    let registered = 0;
    const register = async () => {
      while (registered < BACKLOG) {
        registered++;
        await ok('membership', 'POST', tenantPath('/membership/people'), { fullName: `Người thứ ${registered}`, email: null, phone: null });
      }
    };
    await Promise.all(Array.from({ length: 8 }, register));
    const head = await count(`SELECT count(*) AS n FROM events`);
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_events`);
    progress(`membership: ${BACKLOG} people registered; the store holds ${head} events, the audit trail ${auditBefore}`);

    // Restart, and kill it again once the audit trail has grown but not yet reached the head.
    projection.start();
    const deadline = Date.now() + 60_000;
    let rows = auditBefore;
    while (Date.now() < deadline) {
      rows = await count(`SELECT count(*) AS n FROM audit_events`);
      if (rows > auditBefore) break;
      await sleep(20);
    }
    await projection.kill();
    const rowsAtKill = await count(`SELECT count(*) AS n FROM audit_events`);
    progress(`projection: SIGKILLed mid-catch-up with ${rowsAtKill} of ${head} audit rows written`);
    expect(rowsAtKill).toBeGreaterThan(auditBefore);
    expect(rowsAtKill).toBeLessThan(head);

    projection.start();
    await projection.ready();
    await projectionsCaughtUp();
    progress(`projection: restarted (pid ${projection.pid}) and caught up`);

    // One audit row and one transparency-log leaf per stored event, for every tenant (and the platform's own events).
    const events = await count(`SELECT count(*) AS n FROM events`);
    expect(await count(`SELECT count(*) AS n FROM audit_events`)).toBe(events);
    expect(await count(`SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.event_id = e.event_id)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM projections_tlog_leaves`)).toBe(events);
    expect(await count(`SELECT count(*) AS n FROM (SELECT event_id FROM projections_tlog_leaves GROUP BY event_id HAVING count(*) > 1) AS twice`)).toBe(0);
    // Through the API: the tenant's trail, every event once in the store's order; its log verified against the events.
    const trail = await auditTrail();
    const stored = await sql.query<{ event_id: string }>(`SELECT event_id FROM events WHERE tenant_id = $1 ORDER BY global_position`, [TH]);
    expect(trail.map((e) => e.eventId)).toEqual(stored.map((e) => e.event_id));
    const verdict = await ok('projection', 'GET', tenantPath('/audit/log/verification'), undefined, { as: adminToken });
    expect(verdict).toMatchObject({ valid: true, leaves: stored.length, events: stored.length, firstBadEvent: null });
    progress(`projection: ${events} events, ${events} audit rows, ${events} log leaves; ${TH}'s log verifies (${verdict.checkpoints.verified} checkpoints)`);

    // The audit trail equals its rebuild from position 0.
    const digest = () => sql.query<{ digest: string }>(`SELECT md5(string_agg(a::text, '|' ORDER BY a.global_position)) AS digest FROM audit_events AS a`).then(([row]) => row.digest);
    const before = await digest();
    const rebuild = await ok('projection', 'POST', '/api/admin/projections/projections-audit/rebuild', undefined, { as: adminToken, status: 202 });
    expect(rebuild.projectionId).toBe('projections-audit');
    const rebuiltBy = Date.now() + 60_000;
    let phase = rebuild.phase as string;
    while (phase !== 'done' && Date.now() < rebuiltBy) {
      await sleep(200);
      const listed = (await ok('projection', 'GET', '/api/admin/projections', undefined, { as: adminToken })) as unknown as Json[];
      const progressOf = listed.find((p) => p.projectionId === 'projections-audit')!.rebuild;
      if (progressOf?.phase === 'failed') throw new Error(`the audit trail's rebuild failed: ${progressOf.error}`);
      phase = progressOf?.phase ?? phase;
    }
    expect(phase).toBe('done');
    expect(await digest()).toBe(before);
    progress('projection: the audit trail equals its rebuild from position 0');
  }, 150_000);

  /** The body of this quarter's plenary (Thanh Hóa 2018 Điều 8.1) of the committee above, on `date`. */
  function plenary(date: string, placeName: string): Json {
    return {
      kind: 'plenary',
      period: PERIOD,
      scheduledOn: date,
      startsAt: `${date}T08:00:00+07:00`,
      place: placeName,
      agenda: [{ title: `Đánh giá kết quả xây dựng Chính quyền điện tử ${PERIOD}`, presenterAgencyId: agencies.STTTT, plannedMinutes: 120 }],
      presidedBy: members.vice,
      convenedBy: members.chair,
    };
  }
});
