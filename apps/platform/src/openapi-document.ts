// `npm run openapi`: writes the platform's OpenAPI document (every route of every context) to the file
// named as the first argument, from the app built, never initialised,
// over a store that holds nothing (the document is read from the routes).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { storeForOpenApiDocument, writeOpenApiDocument } from '@bcd/service-host';
import { createApp, PLATFORM_OPENAPI } from './app.factory.js';
import { loadConfig } from './config.js';

const path = process.argv[2] ?? 'dist/openapi/platform.json';
// DATA_DIR memory://: the transparency log's signing key is generated in memory, never written to ./data.
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: 'memory://', JWT_SECRET: randomBytes(32).toString('hex'), ADMIN_PASSWORD: randomBytes(16).toString('hex') });
const app = await createApp(config, { store: storeForOpenApiDocument(), apiDocsUi: false });
await writeOpenApiDocument(app, PLATFORM_OPENAPI, path);
await app.close();
console.error(`OpenAPI document of the platform written to ${path}`);
