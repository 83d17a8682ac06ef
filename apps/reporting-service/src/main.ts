// `node apps/reporting-service/dist/main.js`: the reporting service of the distributed shape.
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createReportingService, loadConfig } from './app.js';

runHost(() => loadConfig(), (config) => createReportingService(config));
