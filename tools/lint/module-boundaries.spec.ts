// Proves that the lint rules of eslint.config.js bite (STYLE.md "Nx boundaries": a well-known repo once
// switched its constraints to `* → *` and its tags silently stopped meaning anything).
//
// Two workspaces are linted:
// 1. the real one, in-process through ESLint's Node API;
// 2. a throw-away copy holding only manifests: the real root config, the real package.json (and so the
//    real tags) of every existing project, plus fixture manifests for libs of ARCHITECTURE.md's layout
//    that do not exist yet (a context, messaging).
//    It has no source files, so its project graph has no edges and no import can be reported as a
//    circular dependency: every failure there comes from a tag constraint, and the test checks its
//    message. (In the real workspace a kernel file importing @bcd/event-store is reported as a cycle,
//    because event-store already depends on kernel; that alone would survive a `* → *` switch.)
//    Nx caches its workspace root per process, so that copy is linted in a child process.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BOUNDARIES = '@nx/enforce-module-boundaries';
const PURE = 'no-restricted-imports';

interface Finding {
  ruleId: string | null;
  message: string;
  severity: number;
}

const errorsOf = (messages: Finding[]) => messages.filter((m) => m.severity === 2);
const source = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
  `\nexport const used = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('module boundaries, real workspace', () => {
  let eslint: ESLint;
  const lint = async (filePath: string, code: string): Promise<Finding[]> => {
    const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
    return errorsOf(result.messages);
  };

  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });

  it('(a) reports a kernel file importing @bcd/event-store', async () => {
    const errors = await lint('libs/kernel/src/x.ts', source('@bcd/event-store'));
    expect(errors.map((e) => e.ruleId)).toContain(BOUNDARIES);
  });

  it('(b) reports Nest, I/O and drivers imported by pure code (kernel, domain/)', async () => {
    for (const file of ['libs/kernel/src/x.ts', 'libs/meetings/src/domain/meeting.decider.ts']) {
      for (const forbidden of ['@nestjs/common', 'pg', 'node:fs', '@electric-sql/pglite', 'kafkajs']) {
        const errors = await lint(file, source(forbidden));
        expect({ file, forbidden, rules: errors.map((e) => e.ruleId) }).toEqual({ file, forbidden, rules: [PURE] });
        expect(errors[0].message).toContain('ARCHITECTURE.md "One bounded context"');
      }
    }
  });

  it('(b) leaves tests and application code free to use Nest', async () => {
    expect(await lint('libs/kernel/src/x.spec.ts', source('@nestjs/common'))).toEqual([]);
    expect(await lint('libs/meetings/src/application/x.ts', source('@nestjs/cqrs'))).toEqual([]);
    expect(await lint('libs/kernel/src/x.ts', source('node:crypto', 'zod'))).toEqual([]);
  });

  it('(d) allows the arrows that exist: platform → event-store, kernel; event-store → kernel', async () => {
    expect(await lint('apps/platform/src/x.ts', source('@bcd/event-store', '@bcd/kernel'))).toEqual([]);
    expect(await lint('libs/event-store/src/x.ts', source('@bcd/kernel'))).toEqual([]);
  });
});

describe('module boundaries, fixture workspace with the planned libs', () => {
  // project dir → tags of a project that does not exist yet
  const planned: Record<string, string[]> = {
    'libs/messaging': ['type:infra', 'scope:shared'],
    'libs/meetings': ['type:feature', 'scope:meetings'],
  };
  const existing = ['libs/kernel', 'libs/event-store', 'libs/auth', 'libs/service-host', 'libs/contracts', 'libs/calendar', 'libs/regulation', 'libs/tenancy', 'libs/rulebook', 'libs/membership', 'apps/platform', 'apps/membership-service', 'apps/meetings-service', 'bench'];

  /** [file, imported package, expected: 'ok' or the source tag whose constraint must refuse it] */
  const cases: Array<[string, string, string]> = [
    // forbidden: every failure must come from the tag constraint named here
    // the kernel may import no other project: this also proves every package name resolves to its
    // project here, so the 'ok' cases below cannot pass just because an import went unresolved
    ...['event-store', 'platform', 'bench', 'membership', 'membership-service', 'service-host', 'contracts', 'calendar', 'regulation', ...Object.keys(planned).map((dir) => dir.split('/')[1])].map(
      (name): [string, string, string] => ['libs/kernel/src/x.ts', `@bcd/${name}`, 'type:kernel'],
    ),
    ['libs/event-store/src/x.ts', '@bcd/messaging', 'type:infra'],
    ['libs/event-store/src/x.ts', '@bcd/contracts', 'type:infra'],
    ['libs/contracts/src/x.ts', '@bcd/event-store', 'type:domain'],
    ['libs/regulation/src/x.ts', '@bcd/meetings', 'type:domain'],
    ['libs/meetings/src/x.ts', '@bcd/membership', 'type:feature'], // (c) context → context
    ['libs/meetings/src/x.ts', '@bcd/platform', 'type:feature'],
    ['apps/membership-service/src/x.ts', '@bcd/meetings', 'scope:membership-service'], // (c) the scope wall alone
    ['apps/platform/src/x.ts', '@bcd/bench', 'type:app'],
    ['libs/auth/src/x.ts', '@bcd/event-store', 'type:infra'], // infra → kernel only
    ['libs/auth/src/x.ts', '@bcd/tenancy', 'type:infra'],
    ['libs/auth/src/x.ts', '@bcd/service-host', 'type:infra'], // type:infra → type:infra is service-host's alone
    ['libs/event-store/src/x.ts', '@bcd/auth', 'type:infra'],
    ['libs/service-host/src/x.ts', '@bcd/membership', 'type:infra'], // no context in the shared host pieces
    ['libs/service-host/src/x.ts', '@bcd/platform', 'type:infra'],
    ['libs/service-host/src/x.ts', '@bcd/tenancy', 'type:infra'], // the kit folds published events, never a context's code
    ['libs/contracts/src/x.ts', '@bcd/service-host', 'type:domain'],
    ['libs/contracts/src/x.ts', '@bcd/rulebook', 'type:domain'],
    ['libs/tenancy/src/x.ts', '@bcd/meetings', 'type:feature'], // the identity context is a context like the others
    ['libs/meetings/src/x.ts', '@bcd/tenancy', 'type:feature'],
    ['apps/membership-service/src/x.ts', '@bcd/meetings', 'scope:membership-service'], // a shell hosts its own contexts only
    ['libs/rulebook/src/x.ts', '@bcd/tenancy', 'type:feature'], // the rulebook is a context like the others
    ['libs/membership/src/x.ts', '@bcd/rulebook', 'type:feature'], // membership reads it through the RegulationsInForce port
    ['apps/meetings-service/src/x.ts', '@bcd/membership', 'scope:meetings-service'], // the scope wall alone
    // allowed
    ['apps/membership-service/src/x.ts', '@bcd/tenancy', 'ok'], // the distributed shape's membership service logs people in
    ['apps/membership-service/src/x.ts', '@bcd/rulebook', 'ok'],
    ['apps/meetings-service/src/x.ts', '@bcd/meetings', 'ok'],
    ['libs/regulation/src/x.ts', '@bcd/calendar', 'ok'],
    ['libs/contracts/src/x.ts', '@bcd/kernel', 'ok'],
    ['libs/meetings/src/x.ts', '@bcd/contracts', 'ok'],
    ['libs/meetings/src/x.ts', '@bcd/event-store', 'ok'],
    ['libs/meetings/src/x.ts', '@bcd/kernel', 'ok'],
    ['apps/membership-service/src/x.ts', '@bcd/membership', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/meetings', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/membership', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/event-store', 'ok'],
    ['bench/src/x.ts', '@bcd/event-store', 'ok'],
    ['libs/tenancy/src/x.ts', '@bcd/auth', 'ok'],
    ['libs/tenancy/src/x.ts', '@bcd/event-store', 'ok'],
    ['libs/meetings/src/x.ts', '@bcd/auth', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/tenancy', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/auth', 'ok'],
    ['apps/platform/src/x.ts', '@bcd/rulebook', 'ok'],
    ['libs/rulebook/src/x.ts', '@bcd/regulation', 'ok'],
    ['libs/rulebook/src/x.ts', '@bcd/calendar', 'ok'],
    ['libs/rulebook/src/x.ts', '@bcd/auth', 'ok'],
    ['libs/rulebook/src/x.ts', '@bcd/contracts', 'ok'], // the producer declares its event data from the contract
    ['libs/contracts/src/x.ts', '@bcd/regulation', 'ok'],
    ['libs/contracts/src/x.ts', '@bcd/calendar', 'ok'],
    ['libs/service-host/src/x.ts', '@bcd/event-store', 'ok'],
    ['libs/service-host/src/x.ts', '@bcd/auth', 'ok'],
    ['libs/service-host/src/x.ts', '@bcd/kernel', 'ok'],
    ['libs/service-host/src/x.ts', '@bcd/contracts', 'ok'], // the folds of published events (access directory, regulations in force)
    ['libs/service-host/src/x.ts', '@bcd/regulation', 'ok'], // zod helpers: decisions
    ['libs/service-host/src/x.ts', '@bcd/calendar', 'ok'], // zod helpers: dates; the working-calendar port
    ['libs/regulation/src/x.ts', '@bcd/service-host', 'type:domain'], // domain never depends on the kit
    ['apps/platform/src/x.ts', '@bcd/service-host', 'ok'],
    ['apps/membership-service/src/x.ts', '@bcd/service-host', 'ok'],
    ['apps/membership-service/src/x.ts', '@bcd/contracts', 'ok'],
    ['apps/membership-service/src/x.ts', '@bcd/regulation', 'ok'],
  ];

  let root: string;
  let results: Finding[][];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bcd-boundaries-'));
    for (const file of ['package.json', 'nx.json', 'tsconfig.base.json', 'eslint.config.js']) {
      cpSync(join(repoRoot, file), join(root, file));
    }
    const names: Record<string, string> = {};
    const kernelManifest = JSON.parse(readFileSync(join(repoRoot, 'libs/kernel/package.json'), 'utf8'));
    const manifests: Record<string, { name: string }> = {};
    for (const dir of existing) {
      manifests[dir] = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
    }
    for (const [dir, tags] of Object.entries(planned)) {
      // shaped like the existing libs (`exports` pointing at src/index.ts), with their own name and tags
      manifests[dir] = { ...kernelManifest, name: `@bcd/${dir.split('/')[1]}`, nx: { tags } };
    }
    for (const [dir, manifest] of Object.entries(manifests)) {
      mkdirSync(join(root, dir, 'src'), { recursive: true });
      writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest, null, 2));
      writeFileSync(join(root, dir, 'src/index.ts'), 'export {};\n');
      names[dir] = manifest.name;
    }
    // node_modules: the real packages, but @bcd/* linked to this copy's projects (as npm install would)
    mkdirSync(join(root, 'node_modules/@bcd'), { recursive: true });
    for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
      if (entry !== '@bcd' && entry !== '.bin') {
        symlinkSync(join(repoRoot, 'node_modules', entry), join(root, 'node_modules', entry));
      }
    }
    for (const [dir, name] of Object.entries(names)) {
      symlinkSync(join('../..', dir), join(root, 'node_modules', name));
    }

    const runner = `
      import { ESLint } from 'eslint';
      const cases = JSON.parse(process.argv[2]);
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, specifier] of cases) {
        const code = "import * as m from '" + specifier + "';\\nexport const used = m;\\n";
        const [result] = await eslint.lintText(code, { filePath: file });
        out.push(result.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity })));
      }
      process.stdout.write('\\n@@RESULTS@@' + JSON.stringify(out));
    `;
    writeFileSync(join(root, 'lint-cases.mjs'), runner);
    const stdout = execFileSync(process.execPath, ['lint-cases.mjs', JSON.stringify(cases)], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CHECKPOINT_DISABLE: '1', NODE_OPTIONS: '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    results = JSON.parse(stdout.slice(stdout.indexOf('@@RESULTS@@') + '@@RESULTS@@'.length));
  }, 60_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(cases.map((c, i) => [...c, i] as const))('%s importing %s → %s', (_file, _specifier, expected, i) => {
    const errors = errorsOf(results[i]);
    if (expected === 'ok') {
      expect(errors).toEqual([]);
    } else {
      expect(errors.map((e) => e.ruleId)).toEqual([BOUNDARIES]);
      expect(errors[0].message).toContain(`A project tagged with "${expected}" can only depend on libs tagged with`);
    }
  });
});
