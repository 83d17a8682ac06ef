// `node apps/membership-service/dist/main.js`: the membership service of the distributed shape (with identity and
// the rulebook: the one service that logs people in).
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createMembershipService } from './app.js';
import { loadConfig } from './config.js';

runHost(loadConfig, (config) => createMembershipService(config));
