// What the drift test (prisma-schema.int.spec.ts) compares: a table as schema.prisma describes it and as the SQL
// migrations made it, in the same terms. The parser understands what the schema uses today and refuses anything
// else (an attribute, a type, a relation it does not know), so nothing goes unchecked silently: teach it first.
import type { SqlQueryable } from '@bcd/event-store';

/** A table as both sides describe it: columns `name → "type NULL|NOT NULL"`, keys and indexes as column lists. */
export interface TableShape {
  columns: Record<string, string>;
  primaryKey: string[];
  /** Unique constraints and unique indexes other than the primary key, `name (col, col)`. */
  unique: string[];
  /** Other indexes, `name (col, col)`, followed by ` using <method>` when not a B-tree. */
  indexes: string[];
}

/** What the SQL made of `table` in the public schema; undefined when there is no such table. */
export async function tableShape(sql: SqlQueryable, table: string): Promise<TableShape | undefined> {
  const columns = await sql.query<Column & { column_name: string; is_nullable: string }>(
    `SELECT column_name, data_type, is_nullable, datetime_precision, character_maximum_length, numeric_precision, numeric_scale,
            (SELECT format_type(a.atttypid, NULL) FROM pg_attribute a
              WHERE a.attrelid = format('public.%I', c.table_name)::regclass AND a.attname = c.column_name) AS full_type
     FROM information_schema.columns c WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  if (columns.length === 0) return undefined;
  const indexes = await sql.query<{ name: string; method: string; is_primary: boolean; is_unique: boolean; columns: string }>(
    `SELECT i.relname AS name, am.amname AS method, x.indisprimary AS is_primary, x.indisunique AS is_unique,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k (attnum, ord)
             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
       JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname = $1 ORDER BY i.relname`,
    [table],
  );
  const entry = (index: { name: string; method: string; columns: string }) => `${index.name} (${index.columns})${index.method === 'btree' ? '' : ` using ${index.method}`}`;
  return {
    columns: Object.fromEntries(columns.map((c) => [c.column_name, `${sqlType(c)} ${c.is_nullable === 'YES' ? 'NULL' : 'NOT NULL'}`])),
    primaryKey: indexes.find((index) => index.is_primary)?.columns.split(', ') ?? [],
    unique: indexes.filter((index) => index.is_unique && !index.is_primary).map(entry).sort(),
    indexes: indexes.filter((index) => !index.is_unique).map(entry).sort(),
  };
}

interface Column {
  data_type: string;
  datetime_precision: number | null;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  /** format_type without modifiers: `text[]` where information_schema says only `ARRAY`. */
  full_type: string;
}

function sqlType(column: Column): string {
  const { data_type: type } = column;
  if (type === 'ARRAY') return column.full_type;
  if (type.startsWith('timestamp') || type.startsWith('time ')) return `${type}(${column.datetime_precision})`;
  if (type === 'character varying' || type === 'character') return column.character_maximum_length === null ? type : `${type}(${column.character_maximum_length})`;
  if (type === 'numeric') return column.numeric_precision === null ? type : `${type}(${column.numeric_precision},${column.numeric_scale})`;
  return type;
}

/** The differences between what schema.prisma says of `table` and what the SQL made of it, one sentence each. */
export function compare(table: string, model: TableShape, sql: TableShape | undefined): string[] {
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
    for (const entry of ours) if (!theirs.includes(entry)) differences.push(`${table}: ${what} ${entry} in schema.prisma, not in the SQL`);
    for (const entry of theirs) if (!ours.includes(entry)) differences.push(`${table}: ${what} ${entry} in the SQL, not in schema.prisma`);
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
/** Prisma's index types (`@@index(…, type: Gin)`) as pg_am names them. */
const INDEX_TYPES: Record<string, string> = { BTree: 'btree', Hash: 'hash', Gist: 'gist', Gin: 'gin', SpGist: 'spgist', Brin: 'brin' };

/** The models of a Prisma schema, by table: only what a read model's schema uses (see the file's head). */
export function parsePrismaSchema(source: string): Map<string, TableShape> {
  const text = source.replace(/\/\/.*$/gm, '');
  const tables = new Map<string, TableShape>();
  for (const block of text.matchAll(/^\s*(\w+)\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const [, kind, name, body] = block;
    if (kind === 'generator' || kind === 'datasource') continue;
    if (kind !== 'model') throw new Error(`The drift test does not understand ${kind} ${name} yet`);
    const columnOf = new Map<string, string>();
    const shape: TableShape = { columns: {}, primaryKey: [], unique: [], indexes: [] };
    let table = name;
    /** Unique constraints by fields, with their SQL name when the schema gives one (map:). */
    const unique: { fields: string[]; map?: string }[] = [];
    const blockAttributes: string[] = [];
    for (const line of body.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)) {
      if (line.startsWith('@@')) {
        blockAttributes.push(line);
        continue;
      }
      const field = /^(\w+)\s+(Unsupported\("[^"]+"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!field) throw new Error(`${name}: cannot read the line ${JSON.stringify(line)}`);
      const [, fieldName, type, list, optional, rest] = field;
      const unsupported = /^Unsupported\("([^"]+)"\)$/.exec(type)?.[1];
      if (unsupported === undefined && !(type in DEFAULT_TYPES)) throw new Error(`${name}.${fieldName}: the drift test does not understand the type ${type} yet`);
      let column = fieldName;
      let sqlType = unsupported ?? DEFAULT_TYPES[type];
      for (const [, attribute, args = ''] of rest.matchAll(/@([\w.]+)(?:\(((?:[^()"]|"[^"]*")*)\))?/g)) {
        const where = `${name}.${fieldName}`;
        if (attribute === 'id') shape.primaryKey = [fieldName];
        else if (attribute === 'unique') unique.push({ fields: [fieldName], map: args === '' ? undefined : stringArgument(args.replace(/^\s*map:/, ''), where) });
        else if (attribute === 'map') column = stringArgument(args, where);
        else if (attribute.startsWith('db.') && attribute.slice(3) in NATIVE_TYPES) sqlType = NATIVE_TYPES[attribute.slice(3)](args.split(',').map((a) => a.trim()).filter((a) => a.length > 0));
        else throw new Error(`${where}: the drift test does not understand @${attribute} yet`);
      }
      // A list is never null in the client (string[]), so the column must not be either.
      if (list && (optional || sqlType.includes('('))) throw new Error(`${name}.${fieldName}: the drift test does not understand ${type}${list}${optional ?? ''} with ${sqlType} yet`);
      columnOf.set(fieldName, column);
      shape.columns[column] = `${sqlType}${list ?? ''} ${optional ? 'NULL' : 'NOT NULL'}`;
    }
    const columns = (fields: string[]) =>
      fields.map((field) => {
        const column = columnOf.get(field);
        if (column === undefined) throw new Error(`${name}: no field ${field}`);
        return column;
      });
    for (const attribute of blockAttributes) {
      const match = /^@@(\w+)\((.*)\)$/.exec(attribute);
      const parts = match && /^\[([^\]]*)\]((?:,\s*\w+:\s*(?:"[^"]*"|\w+))*)$/.exec(match[2]);
      const fields = parts?.[1].split(',').map((f) => f.trim());
      const options = new Map([...(parts?.[2] ?? '').matchAll(/(\w+):\s*(?:"([^"]*)"|(\w+))/g)].map(([, key, text, word]) => [key, text ?? word]));
      const only = (...keys: string[]) => [...options.keys()].every((key) => keys.includes(key));
      if (match?.[1] === 'map') table = stringArgument(match[2], name);
      else if (match?.[1] === 'id' && fields && options.size === 0) shape.primaryKey = fields;
      else if (match?.[1] === 'unique' && fields && only('map')) unique.push({ fields, map: options.get('map') });
      else if (match?.[1] === 'index' && fields && only('map', 'type')) {
        const map = options.get('map');
        if (map === undefined) throw new Error(`${name}: give ${attribute} its SQL name (map: "…"), as the migration does`);
        const type = options.get('type') ?? 'BTree';
        if (!(type in INDEX_TYPES)) throw new Error(`${name}: the drift test does not understand the index type ${type} yet`);
        shape.indexes.push(`${map} (${columns(fields).join(', ')})${type === 'BTree' ? '' : ` using ${INDEX_TYPES[type]}`}`);
      } else throw new Error(`${name}: the drift test does not understand ${attribute} yet`);
    }
    shape.primaryKey = columns(shape.primaryKey);
    // Unnamed, a unique constraint gets Prisma's name, which is also PostgreSQL's: table_col_col_key.
    shape.unique = unique.map(({ fields, map }) => `${map ?? [table, ...columns(fields), 'key'].join('_')} (${columns(fields).join(', ')})`).sort();
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
