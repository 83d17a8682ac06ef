// `npm start`: read the configuration, build the platform, listen until SIGTERM/SIGINT (libs/service-host).
import 'reflect-metadata';
import { runHost } from '@bcd/service-host';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';

runHost(loadConfig, (config) => createApp(config));
