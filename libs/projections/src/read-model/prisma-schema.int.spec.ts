// prisma/schema.prisma and the SQL migrations describe the same tables, or this fails with the differences. The
// migrations (the event store's, then this context's) are applied to a fresh PGlite and, with TEST_DATABASE_URL, to a
// fresh PostgreSQL database of this spec's own; information_schema and pg_index are compared, for every table the
// schema maps, with the models parsed from schema.prisma: tables, columns, types, nullability, primary keys, unique
// constraints and indexes (with their names and, when not B-trees, methods), either way. The parser
// (prisma-schema.testing.ts) understands what the schema uses today and refuses anything else (an attribute, a type,
// a relation it does not know), so nothing goes unchecked silently: teach it first.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { newId } from '@bcd/kernel';
import { projectionMigrations, type ProjectionsMigrationsFolder } from './migrations.js';
import { compare, parsePrismaSchema, tableShape, type TableShape } from './prisma-schema.testing.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

/** Every migrations folder of this context, as a host applies them (a Record: a new folder must be listed here). */
const FOLDERS: Record<ProjectionsMigrationsFolder, true> = { audit: true, transparency: true, 'time-travel': true };

describe('schema.prisma against the SQL migrations', () => {
  let models: Map<string, TableShape>;
  beforeAll(async () => {
    models = parsePrismaSchema(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('maps the read-model tables of the audit trail, time travel (with the KPIs\' answers) and the transparency log', () => {
    expect([...models.keys()].sort()).toEqual([
      'audit_events',
      'audit_seats',
      'kpi_answers',
      'projections_tlog_checkpoints',
      'projections_tlog_leaves',
      'projections_tlog_nodes',
      'projections_tlog_trees',
      'time_travel_business_snapshots',
      'time_travel_events',
      'time_travel_heads',
      'time_travel_recorded_snapshots',
    ]);
  });

  describe.each(databases())('on $name', ({ open }) => {
    let database: { store: PostgresEventStore; drop(): Promise<void> };
    beforeAll(async () => {
      database = await open();
      for (const folder of Object.keys(FOLDERS) as ProjectionsMigrationsFolder[]) {
        const { dir, table } = projectionMigrations(folder);
        await migrate(database.store.executor, await loadMigrations(dir), table);
      }
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('has every table, column, type, nullability, key and index the schema says, and no other', async () => {
      const differences: string[] = [];
      for (const [table, model] of models) differences.push(...compare(table, model, await tableShape(database.store.executor, table)));
      expect(differences).toEqual([]);
    });
  });

  describe('the comparison', () => {
    const model: TableShape = { columns: { id: 'uuid NOT NULL', at: 'timestamp with time zone(6) NOT NULL' }, primaryKey: ['id'], unique: [], indexes: ['t_idx (at)'] };

    it('names each difference, either way', () => {
      const sql: TableShape = {
        columns: { id: 'uuid NOT NULL', at: 'timestamp with time zone(6) NULL', extra: 'text NULL' },
        primaryKey: ['id', 'at'],
        unique: ['t_at_key (at)'],
        indexes: ['t_idx (at) using gin'],
      };
      expect(compare('t', model, sql)).toEqual([
        't.at: schema.prisma has timestamp with time zone(6) NOT NULL, the SQL has timestamp with time zone(6) NULL',
        't.extra: in the SQL (text NULL), not in schema.prisma',
        't: primary key (id) in schema.prisma, (id, at) in the SQL',
        't: unique t_at_key (at) in the SQL, not in schema.prisma',
        't: index t_idx (at) in schema.prisma, not in the SQL',
        't: index t_idx (at) using gin in the SQL, not in schema.prisma',
      ]);
      expect(compare('t', model, undefined)).toEqual(['t: in schema.prisma, not in the SQL']);
      expect(compare('t', { ...model, columns: { ...model.columns, gone: 'text NOT NULL' } }, model)).toEqual(['t.gone: in schema.prisma (text NOT NULL), not in the SQL']);
      expect(compare('t', { ...model, unique: ['t_at_key (at)'] }, { ...model, unique: ['t_when_key (at)'] })).toEqual([
        't: unique t_at_key (at) in schema.prisma, not in the SQL',
        't: unique t_when_key (at) in the SQL, not in schema.prisma',
      ]);
    });

    it('parses models into the SQL\'s terms, and refuses what it does not understand', () => {
      const parsed = parsePrismaSchema(`
        /// doc
        model Thing {
          id     String   @id @db.Uuid // the key
          n      BigInt   @unique @map("big_n")
          m      BigInt   @unique(map: "things_m_unique")
          at     DateTime @db.Timestamptz(6)
          plain  DateTime
          note   String?  @map("the_note")
          data   Json
          tags   String[]
          xid    Unsupported("xid8") @map("tx")
          @@unique([n, at], map: "things_n_at_unique")
          @@unique([m, at])
          @@index([n, at], map: "thing_idx")
          @@index([tags], type: Gin, map: "thing_tags_idx")
          @@map("things")
        }`);
      expect(parsed.get('things')).toEqual({
        columns: {
          id: 'uuid NOT NULL',
          big_n: 'bigint NOT NULL',
          m: 'bigint NOT NULL',
          at: 'timestamp with time zone(6) NOT NULL',
          plain: 'timestamp without time zone(3) NOT NULL',
          the_note: 'text NULL',
          data: 'jsonb NOT NULL',
          tags: 'text[] NOT NULL',
          tx: 'xid8 NOT NULL',
        },
        primaryKey: ['id'],
        unique: ['things_big_n_key (big_n)', 'things_m_at_key (m, at)', 'things_m_unique (m)', 'things_n_at_unique (big_n, at)'],
        indexes: ['thing_idx (big_n, at)', 'thing_tags_idx (tags) using gin'],
      });
      expect(() => parsePrismaSchema('model A {\n id Int @id @default(autoincrement())\n}')).toThrow(/@default/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n b B\n}')).toThrow(/type B/);
      expect(() => parsePrismaSchema('enum E {\n X\n}')).toThrow(/enum E/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n at DateTime[] @db.Timestamptz(6)\n}')).toThrow(/DateTime\[\]/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n @@index([id], type: Bloom, map: "a_idx")\n}')).toThrow(/index type Bloom/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n @@index([id], map: "a_idx", ops: raw("x"))\n}')).toThrow(/does not understand @@index/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n @@index([id])\n}')).toThrow(/map:/);
    });
  });
});

/** PGlite in memory; PostgreSQL in a database made for this spec and dropped after it (TEST_DATABASE_URL). */
function databases(): { name: string; open(): Promise<{ store: PostgresEventStore; drop(): Promise<void> }> }[] {
  const list = [
    {
      name: 'PGlite',
      open: async () => {
        const store = await createEventStore({ dataDir: 'memory://' });
        return { store, drop: () => store.close() };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.warn('SKIPPED: schema.prisma against the SQL migrations on PostgreSQL — set TEST_DATABASE_URL to run them');
    return list;
  }
  return [
    ...list,
    {
      name: 'PostgreSQL',
      open: async () => {
        const name = `bcd_prisma_drift_${newId().replace(/-/g, '').slice(-12)}`;
        const admin = async (sql: string) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await client.query(sql);
          } finally {
            await client.end();
          }
        };
        await admin(`CREATE DATABASE "${name}"`);
        const own = new URL(url);
        own.pathname = `/${name}`;
        const store = await createEventStore({ databaseUrl: own.toString(), dataDir: 'unused', poolSize: 2 });
        return {
          store,
          drop: async () => {
            await store.close();
            await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          },
        };
      },
    },
  ];
}
