// Several processes starting together on an empty PostgreSQL database (the distributed shape's services): each runs
// the migrations, and none fails on the migrations table they all create (CREATE TABLE IF NOT EXISTS is not safe
// against a concurrent one: duplicate key in pg_type) or applies a migration twice.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, type Migration } from './migrations.js';
import { PgExecutor } from './pg-executor.js';

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  describe('migrations on a PostgreSQL server', () => {
    it('is skipped: TEST_DATABASE_URL is not set (.ci/run sets it)', () => {
      console.warn('SKIPPED: concurrent migrations — set TEST_DATABASE_URL to run it');
    });
  });
} else {
  describe('migrations on a PostgreSQL server', () => {
    const database = `bcd_migrations_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    const scratch = new URL(url);
    scratch.pathname = `/${database}`;

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
    });

    afterAll(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    });

    it('lets six processes starting together on an empty database each migrate, every migration applied once', async () => {
      const migrations: Migration[] = ['0001_a', '0002_b'].map((id) => ({ id, sql: `CREATE TABLE t_${id} (n int);\nINSERT INTO t_${id} VALUES (1);`, checksum: id }));
      const executors = Array.from({ length: 6 }, () => new PgExecutor({ connectionString: scratch.toString(), max: 2 }));
      try {
        const applied = await Promise.all(executors.map((executor) => migrate(executor, migrations, 'concurrent_migrations')));
        expect(applied.flat().sort()).toEqual(['0001_a', '0002_b']);
        const rows = await executors[0].query<{ n: string }>('SELECT (SELECT count(*) FROM t_0001_a) + (SELECT count(*) FROM t_0002_b) AS n');
        expect(Number(rows[0].n)).toBe(2);
      } finally {
        await Promise.all(executors.map((executor) => executor.close()));
      }
    });
  });
}
