// Given events, then rows: the audit trail's projection on PGlite and on PostgreSQL (TEST_DATABASE_URL) — one row per
// event whatever its context (an unknown type too), no name stored, the seats sentences render through, a replay that
// changes nothing, and rows each tenant's readers see only under their scope.
import { readInScope } from '@bcd/auth';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { describeOnEveryDatabase, projectEvents, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { auditProjection } from './audit.projection.js';

/** Global positions no other run on a shared PostgreSQL database has used. */
let position = BigInt(Date.now()) * 1000n;
const stored = (type: string, data: unknown, options: Parameters<typeof recordedEvent>[2]): RecordedEvent => ({ ...recordedEvent(type, data, options), globalPosition: (position += 1n) });

describeOnEveryDatabase('the audit trail projection', (db) => {
  const decision = { number: '4094/QĐ-UBND', date: '2018-10-19' };

  function history(tenant: string) {
    const ids = { committee: newId(), member: newId(), person: newId(), agency: newId() };
    const stream = `membership-committee-${tenant}-${ids.committee}`;
    const metadata = { actor: { userId: 'u-secretariat', role: 'secretariat' }, correlationId: 'corr-1', causationId: 'cause-1' };
    const events = [
      stored(
        'membership.MemberAppointed',
        { committeeId: ids.committee, memberId: ids.member, personId: ids.person, role: 'standing-vice-chair', agencyId: ids.agency, decision, effectiveOn: '2018-10-19', replaces: null },
        { tenantId: tenant, streamId: stream, streamVersion: 2, occurredAt: '2018-10-18T17:00:00Z', recordedAt: '2025-01-02T03:04:05Z', metadata },
      ),
      stored('calendar.HolidayAdded', { date: '2025-09-01' }, { tenantId: 'platform', streamId: 'calendar-overrides', metadata: { actor: { userId: 'u-admin' } } }),
    ];
    return { ids, stream, events };
  }

  it('writes one row per event, with its actor, both times, correlation and causation, and a template naming no one', async () => {
    const tenant = uniqueTenant('audit');
    const { ids, stream, events } = history(tenant);
    await projectEvents(db.store, auditProjection, events);
    const rows = await db.store.executor.query<Record<string, unknown>>(
      `SELECT event_id::text AS event_id, global_position::text AS position, tenant_id, type, stream_id, stream_version, occurred_at, recorded_at,
              actor_user_id, actor_role, correlation_id, causation_id, sentence, search_text
       FROM audit_events WHERE event_id = ANY ($1::uuid[]) ORDER BY global_position`,
      [events.map((e) => e.eventId)],
    );
    expect(rows).toEqual([
      {
        event_id: events[0].eventId,
        position: events[0].globalPosition.toString(),
        tenant_id: tenant,
        type: 'membership.MemberAppointed',
        stream_id: stream,
        stream_version: 2,
        occurred_at: new Date('2018-10-18T17:00:00Z'),
        recorded_at: new Date('2025-01-02T03:04:05Z'),
        actor_user_id: 'u-secretariat',
        actor_role: 'secretariat',
        correlation_id: 'corr-1',
        causation_id: 'cause-1',
        sentence: [{ person: ids.person }, ' được bổ nhiệm làm Phó Trưởng ban thường trực theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018, đại diện ', { agency: ids.agency }, '.'],
        search_text: 'membership.memberappointed duoc bo nhiem lam pho truong ban thuong truc theo quyet dinh so 4094/qd-ubnd ngay 19/10/2018, dai dien .',
      },
      expect.objectContaining({ tenant_id: 'platform', type: 'calendar.HolidayAdded', actor_user_id: 'u-admin', actor_role: null, correlation_id: null, sentence: ['Sự kiện calendar.HolidayAdded được ghi nhận.'] }),
    ]);
    expect(await db.store.executor.query(`SELECT person_id FROM audit_seats WHERE tenant_id = $1 AND member_id = $2`, [tenant, ids.member])).toEqual([{ person_id: ids.person }]);
  });

  it('changes nothing when a batch is applied again (a replay after a crash)', async () => {
    const tenant = uniqueTenant('replay');
    const { events } = history(tenant);
    await projectEvents(db.store, auditProjection, events);
    await projectEvents(db.store, auditProjection, [...events, ...events]);
    const [{ count }] = await db.store.executor.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events WHERE event_id = ANY ($1::uuid[])`, [events.map((e) => e.eventId)]);
    expect(count).toBe(2);
  });

  it('shows a reader the rows of the tenants of its scope only', async () => {
    const [a, b] = [uniqueTenant('a'), uniqueTenant('b')];
    await projectEvents(db.store, auditProjection, [...history(a).events.slice(0, 1), ...history(b).events.slice(0, 1)]);
    const seen = (tenantIds: string[]) =>
      readInScope(db.store.executor, { platform: false, tenantIds }, (tx) => tx.query<{ tenant_id: string }>(`SELECT DISTINCT tenant_id FROM audit_events WHERE tenant_id = ANY ($1::text[])`, [[a, b]]));
    expect(await seen([a])).toEqual([{ tenant_id: a }]);
    expect(await seen([b])).toEqual([{ tenant_id: b }]);
  });
});
