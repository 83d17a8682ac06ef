// `npm start`: read the configuration, build the platform, listen until SIGTERM/SIGINT (libs/service-host). On a
// start with no tenant in the store and DEMO=1 (the default), the demo history is written first (src/demo): the
// app then runs on a clock the seeder moves through the history, which follows the system clock again after.
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';
import { DemoClock } from './demo/demo-clock.js';
import { seedOnFirstStart } from './demo/first-start.js';

runHost(loadConfig, async (config) => {
  if (!config.DEMO) return createApp(config);
  const clock = new DemoClock();
  const app = await createApp(config, { clock });
  await app.init();
  try {
    await seedOnFirstStart(app, config, clock);
  } catch (error) {
    // A demo that failed half-way must not keep the platform from serving what was written.
    process.stderr.write(`Dữ liệu mẫu chưa tạo xong / the demo history failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return app;
});
