// `node apps/budget-service/dist/main.js`: the budget service of the distributed shape.
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createBudgetService, loadConfig } from './app.js';

runHost(() => loadConfig(), (config) => createBudgetService(config));
