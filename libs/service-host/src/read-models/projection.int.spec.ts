// defineProjection: the map of event type → handler a context writes its read model with. Given
// stored events, then rows: the kit strips the context's namespace, gives each handler the event's
// data and the whole RecordedEvent, skips what the map does not know (another context's events, a
// later version's types, `null` entries, names of Object.prototype), and writes under the
// projections' row-level-security scope, so that a table with FORCE ROW LEVEL SECURITY takes the
// rows even from a role that is not its owner.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate, type SqlQueryable } from '@bcd/event-store';
import type { DomainEvent, RecordedEvent } from '@bcd/kernel';
import { describeOnEveryDatabase, ProjectionSpecification, recordedEvent, uniqueTenant } from '../testing/index.js';
import { defineProjection } from './projection.js';

const TABLE = 'kit_projection_things';
const WRITER = 'kit_projection_writer';
const MIGRATIONS_TABLE = 'kit_projection_schema_migrations';

// The read model's migration, as a context writes one (libs/rulebook/migrations): RLS forced, the kit's policy.
const migrationsDir = mkdtempSync(join(tmpdir(), 'kit-projection-'));
writeFileSync(
  join(migrationsDir, '0001_things.sql'),
  `-- a role that owns nothing and may write the table: row-level security applies to it
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${WRITER}') THEN CREATE ROLE ${WRITER} NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE ${TABLE} (
  tenant_id       text    NOT NULL,
  thing_id        text    NOT NULL,
  label           text    NOT NULL,
  event_id        text    NOT NULL,
  stream_id       text    NOT NULL,
  stream_version  integer NOT NULL,
  global_position text    NOT NULL,
  occurred_at     text    NOT NULL,
  actor           text,
  PRIMARY KEY (tenant_id, thing_id)
);
ALTER TABLE ${TABLE} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${TABLE} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${TABLE} USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT, INSERT, UPDATE ON ${TABLE} TO ${WRITER};
`,
);

type ThingLabelled = DomainEvent<'ThingLabelled', { thingId: string; label: string }>;
type ThingRelabelled = DomainEvent<'ThingRelabelled', { thingId: string; label: string }>;
type ThingNoted = DomainEvent<'ThingNoted', { thingId: string; note: string }>;
type ThingEvent = ThingLabelled | ThingRelabelled | ThingNoted;

/** What each handler was given, in order. */
const calls: { type: string; data: unknown; recorded: RecordedEvent }[] = [];

const projection = defineProjection<ThingEvent>({
  context: 'kit test',
  projectionId: 'kit-projection-spec',
  namespace: 'kitproj',
  migrations: { dir: migrationsDir, table: MIGRATIONS_TABLE },
  handlers: {
    async ThingLabelled(tx, data, recorded) {
      calls.push({ type: 'ThingLabelled', data, recorded });
      await tx.query(
        `INSERT INTO ${TABLE} (tenant_id, thing_id, label, event_id, stream_id, stream_version, global_position, occurred_at, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          recorded.tenantId,
          data.thingId,
          data.label,
          recorded.eventId,
          recorded.streamId,
          recorded.streamVersion,
          recorded.globalPosition.toString(),
          recorded.occurredAt.toISOString(),
          recorded.metadata.actor?.userId ?? null,
        ],
      );
    },
    async ThingRelabelled(tx, data, recorded) {
      calls.push({ type: 'ThingRelabelled', data, recorded });
      await tx.query(`UPDATE ${TABLE} SET label = $3, stream_version = $4 WHERE tenant_id = $1 AND thing_id = $2`, [
        recorded.tenantId,
        data.thingId,
        data.label,
        recorded.streamVersion,
      ]);
    },
    ThingNoted: null,
  },
});

afterAll(() => rmSync(migrationsDir, { recursive: true, force: true }));

describeOnEveryDatabase('defineProjection', (db) => {
  const spec = ProjectionSpecification.for(projection, db);
  const rowsOf = `SELECT thing_id, label, stream_version FROM ${TABLE} WHERE tenant_id = $1 ORDER BY thing_id`;

  beforeEach(() => {
    calls.length = 0;
  });

  it('reads the namespace it is given', () => {
    expect(projection).toMatchObject({ context: 'kit test', projectionId: 'kit-projection-spec', typePrefix: 'kitproj.' });
  });

  it('gives the handler the event\'s data and the recorded event, namespace stripped', async () => {
    const tenantId = uniqueTenant('proj');
    const event = recordedEvent('kitproj.ThingLabelled', { thingId: 'a', label: 'Sở TTTT' }, {
      tenantId,
      streamId: `kitproj-thing-${tenantId}-a`,
      streamVersion: 1,
      occurredAt: '2014-11-03T01:00:00.000Z',
      metadata: { actor: { userId: 'u-1', role: 'secretariat' } },
    });
    await spec.given([event]).then(
      `SELECT thing_id, label, event_id, stream_id, stream_version, global_position, occurred_at, actor FROM ${TABLE} WHERE tenant_id = $1`,
      [tenantId],
      [
        {
          thing_id: 'a',
          label: 'Sở TTTT',
          event_id: event.eventId,
          stream_id: `kitproj-thing-${tenantId}-a`,
          stream_version: 1,
          global_position: event.globalPosition.toString(),
          occurred_at: '2014-11-03T01:00:00.000Z',
          actor: 'u-1',
        },
      ],
    );
    expect(calls).toEqual([{ type: 'ThingLabelled', data: { thingId: 'a', label: 'Sở TTTT' }, recorded: event }]);
  });

  it('applies a batch in order', async () => {
    const tenantId = uniqueTenant('proj');
    await spec
      .given([
        recordedEvent('kitproj.ThingLabelled', { thingId: 'a', label: 'first' }, { tenantId, streamVersion: 1 }),
        recordedEvent('kitproj.ThingRelabelled', { thingId: 'a', label: 'second' }, { tenantId, streamVersion: 2 }),
        recordedEvent('kitproj.ThingLabelled', { thingId: 'b', label: 'other' }, { tenantId, streamVersion: 1 }),
      ])
      .then(rowsOf, [tenantId], [
        { thing_id: 'a', label: 'second', stream_version: 2 },
        { thing_id: 'b', label: 'other', stream_version: 1 },
      ]);
    expect(calls.map((c) => c.type)).toEqual(['ThingLabelled', 'ThingRelabelled', 'ThingLabelled']);
  });

  it('skips events of another namespace, unknown types of its own, null entries and Object.prototype names', async () => {
    const tenantId = uniqueTenant('proj');
    const skipped = [
      recordedEvent('membership.ThingLabelled', { thingId: 'x1', label: 'another context' }, { tenantId }),
      recordedEvent('kitprojx.ThingLabelled', { thingId: 'x2', label: 'a namespace that starts the same' }, { tenantId }),
      recordedEvent('ThingLabelled', { thingId: 'x3', label: 'no namespace' }, { tenantId }),
      recordedEvent('kitproj.ThingRenamed', { thingId: 'x4', label: 'a later version\'s type' }, { tenantId }),
      recordedEvent('kitproj.ThingNoted', { thingId: 'x5', note: 'nothing to project' }, { tenantId }),
      recordedEvent('kitproj.constructor', { thingId: 'x6', label: 'Object.prototype' }, { tenantId }),
      recordedEvent('kitproj.toString', { thingId: 'x7', label: 'Object.prototype' }, { tenantId }),
      recordedEvent('kitproj.__proto__', { thingId: 'x8', label: 'Object.prototype' }, { tenantId }),
      recordedEvent('kitproj.hasOwnProperty', { thingId: 'x9', label: 'Object.prototype' }, { tenantId }),
    ];
    await spec
      .given([...skipped, recordedEvent('kitproj.ThingLabelled', { thingId: 'kept', label: 'kept' }, { tenantId })])
      .then(rowsOf, [tenantId], [{ thing_id: 'kept', label: 'kept', stream_version: 1 }]);
    expect(calls.map((c) => c.data)).toEqual([{ thingId: 'kept', label: 'kept' }]);
  });

  describe('row-level security', () => {
    // The table's owner is a superuser here (it bypasses RLS even when forced): write as a role that is not.
    /** As the store runs a batch, with the definition's prelude, but as a role that owns nothing. */
    const asWriter = <T>(work: (tx: SqlQueryable) => Promise<T>, prelude?: string) =>
      db.store.executor.transaction(
        async (tx) => {
          await tx.query(`SET LOCAL ROLE ${WRITER}`);
          return work(tx);
        },
        prelude === undefined ? {} : { prelude },
      );

    beforeAll(async () => {
      await migrate(db.store.executor, await loadMigrations(migrationsDir), MIGRATIONS_TABLE);
    });

    it('a role that is not the owner cannot write a row without a scope (the control)', async () => {
      const tenantId = uniqueTenant('proj');
      await expect(
        asWriter((tx) =>
          tx.query(
            `INSERT INTO ${TABLE} (tenant_id, thing_id, label, event_id, stream_id, stream_version, global_position, occurred_at) VALUES ($1, 'c', 'c', 'e', 's', 1, '1', 'x')`,
            [tenantId],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('the projection writes every tenant\'s rows through the forced policy', async () => {
      const tenantA = uniqueTenant('proj-a');
      const tenantB = uniqueTenant('proj-b');
      await asWriter((tx) =>
        projection.apply(tx, [
          recordedEvent('kitproj.ThingLabelled', { thingId: 'a', label: 'of A' }, { tenantId: tenantA }),
          recordedEvent('kitproj.ThingLabelled', { thingId: 'b', label: 'of B' }, { tenantId: tenantB }),
          recordedEvent('kitproj.ThingRelabelled', { thingId: 'a', label: 'of A, again' }, { tenantId: tenantA, streamVersion: 2 }),
        ]),
        projection.prelude,
      );
      const rows = await db.store.executor.query<{ tenant_id: string; label: string }>(
        `SELECT tenant_id, label FROM ${TABLE} WHERE tenant_id IN ($1, $2) ORDER BY label`,
        [tenantA, tenantB],
      );
      expect(rows).toEqual([
        { tenant_id: tenantA, label: 'of A, again' },
        { tenant_id: tenantB, label: 'of B' },
      ]);
    });
  });
});
