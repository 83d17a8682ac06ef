// `npm run openapi`: writes the projection service's OpenAPI document to the file named as the first
// argument, from the service built, never initialised,
// over a store that holds nothing (the document is read from the routes).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { storeForOpenApiDocument, writeOpenApiDocument } from '@bcd/service-host';
import { createProjectionService, PROJECTION_SERVICE_OPENAPI } from './app.js';
import { loadConfig } from './config.js';

const path = process.argv[2] ?? 'dist/openapi/projection-service.json';
// DATA_DIR memory://: the transparency log's signing key is generated in memory, never written to ./data.
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: 'memory://', JWT_SECRET: randomBytes(32).toString('hex') });
const app = await createProjectionService(config, { store: storeForOpenApiDocument() });
await writeOpenApiDocument(app, PROJECTION_SERVICE_OPENAPI, path);
await app.close();
console.error(`OpenAPI document of the projection service written to ${path}`);
