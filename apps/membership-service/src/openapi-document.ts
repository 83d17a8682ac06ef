// `npm run openapi`: writes the membership service's OpenAPI document to the file named as the first
// argument, from the service built, never initialised,
// over a store that holds nothing (the document is read from the routes).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { storeForOpenApiDocument, writeOpenApiDocument } from '@bcd/service-host';
import { createMembershipService, MEMBERSHIP_SERVICE_OPENAPI } from './app.js';
import { loadConfig } from './config.js';

const path = process.argv[2] ?? 'dist/openapi/membership-service.json';
// DATA_DIR memory://: nothing generated is written to ./data; the bootstrap admin gets a throw-away password.
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: 'memory://', JWT_SECRET: randomBytes(32).toString('hex'), ADMIN_PASSWORD: randomBytes(16).toString('hex') });
const app = await createMembershipService(config, { store: storeForOpenApiDocument() });
await writeOpenApiDocument(app, MEMBERSHIP_SERVICE_OPENAPI, path);
await app.close();
console.error(`OpenAPI document of the membership service written to ${path}`);
