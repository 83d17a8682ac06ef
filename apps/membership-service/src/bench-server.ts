// The membership service as `npm run bench -- http` measures it (bench/src/http.bench.ts spawns this file with
// BENCH_HOST=membership-service): the real service, configured from the environment like main.ts, plus the bare
// Fastify baseline routes every measured host shares (libs/membership's installBenchBaselines), so its figures
// stand beside the platform's against the same baselines. Never started in production; it prints
// `{"listening": "<url>"}` on stdout once it listens.
import 'reflect-metadata';
import { installBenchBaselines, listenForBench } from '@bcd/membership';
import { createMembershipService } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await createMembershipService(config);
installBenchBaselines(app);
// BENCH_PORT=0: any free port (PORT must be a real port).
await listenForBench(app, Number(process.env.BENCH_PORT ?? config.PORT));
