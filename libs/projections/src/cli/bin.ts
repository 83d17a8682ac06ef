#!/usr/bin/env node
// The `bcd-audit` executable (package.json "bin"): see bcd-audit.ts.
import { main } from './bcd-audit.js';

process.exitCode = await main(process.argv.slice(2));
