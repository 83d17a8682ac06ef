// `npm run demo:seed [-- --seed <text>] [--force]`: writes the demo history into the store the configuration
// names (DATA_DIR, or DATABASE_URL), in this process, then prints the demo users once. Refuses (exit code 2) a
// store that already holds tenants, unless --force (never one that holds a demo province already). On PGlite stop
// the platform first: one process owns DATA_DIR. Not over HTTP to a running platform: the history is recorded
// at its business times on the platform's clock, which only a seeder in the same process can move.
import 'reflect-metadata';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config.js';
import { DemoClock } from './demo-clock.js';
import { publicUrl, tenantsIn, writeDemoHistory } from './first-start.js';
import { DEFAULT_SEED, DEMO_TENANTS } from './seed-demo.js';
import { usersTable } from './users.js';

const USAGE = 'Usage: npm run demo:seed [-- --seed <text>] [--force]';

interface Args {
  seed: string;
  force: boolean;
}

function parse(args: readonly string[]): Args | string {
  const parsed: Args = { seed: DEFAULT_SEED, force: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--force') parsed.force = true;
    else if (args[i] === '--seed' && args[i + 1]) parsed.seed = args[++i];
    else return `Unknown argument ${args[i]}. ${USAGE}`;
  }
  return parsed;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  // The log would write over the progress bar: warnings and errors only, unless asked otherwise.
  process.env.LOG_LEVEL ??= 'warn';
  const config = loadConfig();
  const clock = new DemoClock();
  const app = await createApp(config, { clock });
  try {
    await app.init();
    const tenants = await tenantsIn(app);
    const taken = tenants.filter((code) => DEMO_TENANTS.includes(code));
    if (taken.length > 0 || (tenants.length > 0 && !args.force)) {
      process.stderr.write(
        `409 Conflict: the store already holds ${tenants.length} tenant(s) (${tenants.join(', ')}). ` +
          (taken.length > 0
            ? `The demo's provinces (${taken.join(', ')}) are there already: nothing written.\n`
            : 'The demo history is written into an empty store only: nothing written. Add --force to write it beside them.\n'),
      );
      return 2;
    }
    const result = await writeDemoHistory(app, config, clock, { seed: args.seed });
    process.stdout.write(usersTable(result.users, undefined, config.ADMIN_USERNAME));
    process.stdout.write(`Khởi động nền tảng / start the platform: npm start (${publicUrl(config)})\n`);
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Demo history failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
