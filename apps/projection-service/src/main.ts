// `node apps/projection-service/dist/main.js`: the projection service of the distributed shape.
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createProjectionService } from './app.js';
import { loadConfig } from './config.js';

runHost(loadConfig, (config) => createProjectionService(config));
