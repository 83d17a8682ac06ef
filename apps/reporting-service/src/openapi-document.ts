// `npm run openapi`: writes the reporting service's OpenAPI document to the file named as the first
// argument, from the service built, never initialised,
// over a store that holds nothing (the document is read from the routes).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { storeForOpenApiDocument, writeOpenApiDocument } from '@bcd/service-host';
import { createReportingService, loadConfig, REPORTING_SERVICE_OPENAPI } from './app.js';

const path = process.argv[2] ?? 'dist/openapi/reporting-service.json';
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: 'memory://', JWT_SECRET: randomBytes(32).toString('hex') });
const app = await createReportingService(config, { store: storeForOpenApiDocument() });
await writeOpenApiDocument(app, REPORTING_SERVICE_OPENAPI, path);
await app.close();
console.error(`OpenAPI document of the reporting service written to ${path}`);
