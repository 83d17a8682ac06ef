// `node apps/meetings-service/dist/main.js`: the meetings service of the distributed shape.
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createMeetingsService, loadConfig } from './app.js';

runHost(() => loadConfig(), (config) => createMeetingsService(config));
