// prisma/schema.prisma and the SQL migrations describe the same tables, or this fails with the differences. The
// migrations (the event store's, then this context's) are applied to a fresh PGlite and, with TEST_DATABASE_URL, to a
// fresh PostgreSQL database of this spec's own; information_schema and pg_index are compared, for every table the
// schema maps, with the models parsed from schema.prisma: tables, columns, types, nullability, primary keys, unique
// constraints and indexes, either way. The parser below understands what the schema uses today and refuses anything
// else (an attribute, a type, a relation it does not know), so nothing goes unchecked silently: teach it first.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { newId } from '@bcd/kernel';
import { projectionMigrations, type ProjectionsMigrationsFolder } from './migrations.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

/** Every migrations folder of this context, as a host applies them (a Record: a new folder must be listed here). */
const FOLDERS: Record<ProjectionsMigrationsFolder, true> = { audit: true, transparency: true, 'time-travel': true };

/** A table as both sides describe it: columns `name → "type NULL|NOT NULL"`, keys and indexes as column lists. */
interface TableShape {
  columns: Record<string, string>;
  primaryKey: string[];
  /** Unique constraints and unique indexes other than the primary key, `col, col`. */
  unique: string[];
  /** Other indexes, `name (col, col)`. */
  indexes: string[];
}

describe('schema.prisma against the SQL migrations', () => {
  let models: Map<string, TableShape>;
  beforeAll(async () => {
    models = parsePrismaSchema(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('maps the audit trail\'s tables', () => {
    expect([...models.keys()].sort()).toEqual(['audit_events', 'audit_seats']);
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
      for (const [table, model] of models) differences.push(...compare(table, model, await tableShape(database.store, table)));
      expect(differences).toEqual([]);
    });
  });

  describe('the comparison', () => {
    const model: TableShape = { columns: { id: 'uuid NOT NULL', at: 'timestamp with time zone(6) NOT NULL' }, primaryKey: ['id'], unique: [], indexes: [] };

    it('names each difference, either way', () => {
      const sql: TableShape = { columns: { id: 'uuid NOT NULL', at: 'timestamp with time zone(6) NULL', extra: 'text NULL' }, primaryKey: ['id', 'at'], unique: ['at'], indexes: ['t_idx (at)'] };
      expect(compare('t', model, sql)).toEqual([
        't.at: schema.prisma has timestamp with time zone(6) NOT NULL, the SQL has timestamp with time zone(6) NULL',
        't.extra: in the SQL (text NULL), not in schema.prisma',
        't: primary key (id) in schema.prisma, (id, at) in the SQL',
        't: unique (at) in the SQL, not in schema.prisma',
        't: index t_idx (at) in the SQL, not in schema.prisma',
      ]);
      expect(compare('t', model, undefined)).toEqual(['t: in schema.prisma, not in the SQL']);
      expect(compare('t', { ...model, columns: { ...model.columns, gone: 'text NOT NULL' } }, model)).toEqual(['t.gone: in schema.prisma (text NOT NULL), not in the SQL']);
    });

    it('parses models into the SQL\'s terms, and refuses what it does not understand', () => {
      const parsed = parsePrismaSchema(`
        /// doc
        model Thing {
          id     String   @id @db.Uuid // the key
          n      BigInt   @unique @map("big_n")
          at     DateTime @db.Timestamptz(6)
          plain  DateTime
          note   String?  @map("the_note")
          data   Json
          @@index([n, at], map: "thing_idx")
          @@map("things")
        }`);
      expect(parsed.get('things')).toEqual({
        columns: { id: 'uuid NOT NULL', big_n: 'bigint NOT NULL', at: 'timestamp with time zone(6) NOT NULL', plain: 'timestamp without time zone(3) NOT NULL', the_note: 'text NULL', data: 'jsonb NOT NULL' },
        primaryKey: ['id'],
        unique: ['big_n'],
        indexes: ['thing_idx (big_n, at)'],
      });
      expect(() => parsePrismaSchema('model A {\n id Int @id @default(autoincrement())\n}')).toThrow(/@default/);
      expect(() => parsePrismaSchema('model A {\n id Int @id\n b B\n}')).toThrow(/type B/);
      expect(() => parsePrismaSchema('enum E {\n X\n}')).toThrow(/enum E/);
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

/** What the SQL made of `table` in the public schema; undefined when there is no such table. */
async function tableShape(store: PostgresEventStore, table: string): Promise<TableShape | undefined> {
  const columns = await store.executor.query<{ column_name: string; data_type: string; is_nullable: string; datetime_precision: number | null; character_maximum_length: number | null; numeric_precision: number | null; numeric_scale: number | null }>(
    `SELECT column_name, data_type, is_nullable, datetime_precision, character_maximum_length, numeric_precision, numeric_scale
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  if (columns.length === 0) return undefined;
  const indexes = await store.executor.query<{ name: string; is_primary: boolean; is_unique: boolean; columns: string }>(
    `SELECT i.relname AS name, x.indisprimary AS is_primary, x.indisunique AS is_unique,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k (attnum, ord)
             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname = $1 ORDER BY i.relname`,
    [table],
  );
  return {
    columns: Object.fromEntries(columns.map((c) => [c.column_name, `${sqlType(c)} ${c.is_nullable === 'YES' ? 'NULL' : 'NOT NULL'}`])),
    primaryKey: indexes.find((index) => index.is_primary)?.columns.split(', ') ?? [],
    unique: indexes.filter((index) => index.is_unique && !index.is_primary).map((index) => index.columns).sort(),
    indexes: indexes.filter((index) => !index.is_unique).map((index) => `${index.name} (${index.columns})`).sort(),
  };
}

function sqlType(column: { data_type: string; datetime_precision: number | null; character_maximum_length: number | null; numeric_precision: number | null; numeric_scale: number | null }): string {
  const { data_type: type } = column;
  if (type.startsWith('timestamp') || type.startsWith('time ')) return `${type}(${column.datetime_precision})`;
  if (type === 'character varying' || type === 'character') return column.character_maximum_length === null ? type : `${type}(${column.character_maximum_length})`;
  if (type === 'numeric') return column.numeric_precision === null ? type : `${type}(${column.numeric_precision},${column.numeric_scale})`;
  return type;
}

/** The differences between what schema.prisma says of `table` and what the SQL made of it, one sentence each. */
function compare(table: string, model: TableShape, sql: TableShape | undefined): string[] {
  if (!sql) return [`${table}: in schema.prisma, not in the SQL`];
  const differences: string[] = [];
  for (const [column, type] of Object.entries(model.columns)) {
    const actual = sql.columns[column];
    if (actual === undefined) differences.push(`${table}.${column}: in schema.prisma (${type}), not in the SQL`);
    else if (actual !== type) differences.push(`${table}.${column}: schema.prisma has ${type}, the SQL has ${actual}`);
  }
  for (const [column, type] of Object.entries(sql.columns)) {
    if (!(column in model.columns)) differences.push(`${table}.${column}: in the SQL (${type}), not in schema.prisma`);
  }
  const list = (columns: string[]) => `(${columns.join(', ')})`;
  if (list(model.primaryKey) !== list(sql.primaryKey)) differences.push(`${table}: primary key ${list(model.primaryKey)} in schema.prisma, ${list(sql.primaryKey)} in the SQL`);
  for (const [what, ours, theirs] of [
    ['unique', model.unique, sql.unique],
    ['index', model.indexes, sql.indexes],
  ] as const) {
    const shown = (entry: string) => (what === 'unique' ? `(${entry})` : entry);
    for (const entry of ours) if (!theirs.includes(entry)) differences.push(`${table}: ${what} ${shown(entry)} in schema.prisma, not in the SQL`);
    for (const entry of theirs) if (!ours.includes(entry)) differences.push(`${table}: ${what} ${shown(entry)} in the SQL, not in schema.prisma`);
  }
  return differences;
}

/** The PostgreSQL type Prisma gives each scalar, and what each native-type attribute makes of it. */
const DEFAULT_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp without time zone(3)',
  Json: 'jsonb',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  VarChar: ([n]) => (n === undefined ? 'character varying' : `character varying(${n})`),
  Char: ([n]) => `character(${n ?? 1})`,
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  Timestamptz: ([p]) => `timestamp with time zone(${p ?? 6})`,
  Timestamp: ([p]) => `timestamp without time zone(${p ?? 6})`,
  Date: () => 'date',
  JsonB: () => 'jsonb',
  Json: () => 'json',
  Decimal: ([p, s]) => `numeric(${p},${s})`,
  DoublePrecision: () => 'double precision',
};

/** The models of a Prisma schema, by table: only what a read model's schema uses (see the file's head). */
function parsePrismaSchema(source: string): Map<string, TableShape> {
  const text = source.replace(/\/\/.*$/gm, '');
  const tables = new Map<string, TableShape>();
  for (const block of text.matchAll(/^\s*(\w+)\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const [, kind, name, body] = block;
    if (kind === 'generator' || kind === 'datasource') continue;
    if (kind !== 'model') throw new Error(`The drift test does not understand ${kind} ${name} yet`);
    const columnOf = new Map<string, string>();
    const shape: TableShape = { columns: {}, primaryKey: [], unique: [], indexes: [] };
    let table = name;
    const blockAttributes: string[] = [];
    for (const line of body.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)) {
      if (line.startsWith('@@')) {
        blockAttributes.push(line);
        continue;
      }
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!field) throw new Error(`${name}: cannot read the line ${JSON.stringify(line)}`);
      const [, fieldName, type, list, optional, rest] = field;
      if (list || !(type in DEFAULT_TYPES)) throw new Error(`${name}.${fieldName}: the drift test does not understand the type ${type}${list ?? ''} yet`);
      let column = fieldName;
      let sqlType = DEFAULT_TYPES[type];
      for (const [, attribute, args = ''] of rest.matchAll(/@([\w.]+)(?:\(((?:[^()"]|"[^"]*")*)\))?/g)) {
        if (attribute === 'id') shape.primaryKey = [fieldName];
        else if (attribute === 'unique') shape.unique.push(fieldName);
        else if (attribute === 'map') column = stringArgument(args, `${name}.${fieldName}`);
        else if (attribute.startsWith('db.') && attribute.slice(3) in NATIVE_TYPES) sqlType = NATIVE_TYPES[attribute.slice(3)](args.split(',').map((a) => a.trim()).filter((a) => a.length > 0));
        else throw new Error(`${name}.${fieldName}: the drift test does not understand @${attribute} yet`);
      }
      columnOf.set(fieldName, column);
      shape.columns[column] = `${sqlType} ${optional ? 'NULL' : 'NOT NULL'}`;
    }
    const columns = (fields: string[]) =>
      fields.map((field) => {
        const column = columnOf.get(field);
        if (column === undefined) throw new Error(`${name}: no field ${field}`);
        return column;
      });
    shape.primaryKey = columns(shape.primaryKey);
    shape.unique = columns(shape.unique);
    for (const attribute of blockAttributes) {
      const match = /^@@(\w+)\((.*)\)$/.exec(attribute);
      const fields = match ? /^\[([^\]]*)\]/.exec(match[2])?.[1].split(',').map((f) => f.trim()) : undefined;
      if (match?.[1] === 'map') table = stringArgument(match[2], name);
      else if (match?.[1] === 'id' && fields && /^\[[^\]]*\]$/.test(match[2])) shape.primaryKey = columns(fields);
      else if (match?.[1] === 'unique' && fields && /^\[[^\]]*\]$/.test(match[2])) shape.unique.push(columns(fields).join(', '));
      else if (match?.[1] === 'index' && fields) {
        const map = /^\[[^\]]*\],\s*map:\s*"([^"]+)"$/.exec(match[2]);
        if (!map) throw new Error(`${name}: give ${attribute} its SQL name (map: "…"), as the migration does`);
        shape.indexes.push(`${map[1]} (${columns(fields).join(', ')})`);
      } else throw new Error(`${name}: the drift test does not understand ${attribute} yet`);
    }
    shape.unique.sort();
    shape.indexes.sort();
    tables.set(table, shape);
  }
  return tables;
}

function stringArgument(args: string, where: string): string {
  const match = /^\s*(?:name:\s*)?"([^"]+)"\s*$/.exec(args);
  if (!match) throw new Error(`${where}: expected one string in (${args})`);
  return match[1];
}
