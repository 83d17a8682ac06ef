// `npm run openapi`: writes the meetings service's OpenAPI document to the file named as the first
// argument, from the service built, never initialised,
// over a store that holds nothing (the document is read from the routes).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { storeForOpenApiDocument, writeOpenApiDocument } from '@bcd/service-host';
import { createMeetingsService, loadConfig, MEETINGS_SERVICE_OPENAPI } from './app.js';

const path = process.argv[2] ?? 'dist/openapi/meetings-service.json';
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: 'memory://', JWT_SECRET: randomBytes(32).toString('hex') });
const app = await createMeetingsService(config, { store: storeForOpenApiDocument() });
await writeOpenApiDocument(app, MEETINGS_SERVICE_OPENAPI, path);
await app.close();
console.error(`OpenAPI document of the meetings service written to ${path}`);
