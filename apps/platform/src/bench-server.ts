// The platform as `npm run bench -- http` measures it (bench/src/http.bench.ts spawns this file with
// BENCH_HOST=platform): the real platform, configured from the environment like `npm start`, plus the bare Fastify
// baseline routes every measured host shares (libs/membership's installBenchBaselines). Never started in production;
// it prints `{"listening": "<url>"}` on stdout once it listens.
import 'reflect-metadata';
import { installBenchBaselines, listenForBench } from '@bcd/membership';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await createApp(config, { apiDocsUi: false });
installBenchBaselines(app);
// BENCH_PORT=0: any free port (PORT must be a real port).
await listenForBench(app, Number(process.env.BENCH_PORT ?? config.PORT));
