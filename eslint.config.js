// Root ESLint flat config. See shared/design/ARCHITECTURE.md (layout, "One bounded context")
// and STYLE.md "Nx boundaries". tools/lint/module-boundaries.spec.ts proves the rules below bite:
// if you loosen a constraint until that spec fails, you have switched the arrows off.
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';

// @nx/enforce-module-boundaries does not compute the project graph itself: it reads the cached one
// (.nx/workspace-data/project-graph.json) and, if there is none, prints a warning and SKIPS the rule.
// A plain `npx eslint .` on a fresh clone would therefore check nothing. Build (or refresh) the
// graph here; it is incremental and takes about a second. Projects are npm workspaces and imports
// of `@bcd/<name>` resolve through node_modules symlinks (no tsconfig `paths`).
try {
  await createProjectGraphAsync({ exitOnError: false });
} catch (error) {
  console.warn(`eslint.config.js: could not build the Nx project graph, module boundaries may go unchecked: ${error}`);
}

/** Bounded contexts: one lib each (plus their thin service shells in the distributed shape). */
const contextScopes = ['tenancy', 'rulebook', 'membership', 'meetings', 'reporting', 'budget', 'projections'];

/**
 * The arrows of ARCHITECTURE.md: type:app → type:feature → type:domain|type:infra → type:kernel.
 * A project carrying several tags must satisfy the constraint of every tag it carries.
 * Never add `{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }`: it makes the tags meaningless.
 */
const depConstraints = [
  // layers
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:infra', 'type:kernel'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:kernel'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:kernel'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:kernel'] },
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:kernel'] },
  // scopes: a context talks to another context only through events and libs/contracts (scope:shared)
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...contextScopes.map((scope) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
  })),
  // the embedded host imports every context module; the bench may measure any lib
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:shared', ...contextScopes.map((s) => `scope:${s}`)] },
  // the distributed shape's thin shells: one context each
  { sourceTag: 'scope:membership-service', onlyDependOnLibsWithTags: ['scope:shared', 'scope:membership'] },
  { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared', ...contextScopes.map((s) => `scope:${s}`)] },
  // the Vite admin app consumes libs/contracts only
  { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared'] },
];

/**
 * The one infra lib allowed to build on other infra libs and on the shared domain libs: libs/service-host
 * is the host and context kit. It assembles the hosts' shared Nest pieces from the event-store adapter and
 * auth's request context, and it reads the shared domain (calendar dates and the working-calendar port,
 * regulation decisions and adoptions, the published events of libs/contracts) for its zod helpers and its
 * folds of published events. Applied to its files only (see below), so every other infra lib still depends
 * on the kernel alone, and no domain lib may depend on it.
 */
const serviceHostDepConstraints = depConstraints.map((constraint) =>
  constraint.sourceTag === 'type:infra' ? { ...constraint, onlyDependOnLibsWithTags: ['type:kernel', 'type:infra', 'type:domain'] } : constraint,
);

const pureCodeMessage =
  'ARCHITECTURE.md "One bounded context": domain is pure (no Nest, no I/O, no clock). ' +
  'Take what you need as an argument or through a port; adapters live in application/ or an infra lib.';

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.nx/**',
      'data/**',
      'tmp/**',
      // build outputs and vendored JS; the root config files are linted
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      '!eslint.config.js',
      '!jest.config.js',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints,
        },
      ],
      // `const _exhaustive: never = command` in a decider's default branch, `_`-prefixed unused args
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // type:infra → type:infra, for libs/service-host alone (serviceHostDepConstraints)
    files: ['libs/service-host/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: serviceHostDepConstraints,
        },
      ],
    },
  },
  {
    // pure code: the kernel and every context's domain/ folder
    files: ['libs/kernel/src/**/*.ts', 'libs/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // @nestjs/*, fastify, pg (+ pg-*), PGlite, kafkajs, Prisma, EventStoreDB/KurrentDB clients, the file system
              regex:
                '^(@nestjs/|@electric-sql/|@prisma/|@eventstore/|@kurrent/|(fastify|kafkajs|pg|fs|node:fs)(/.*)?$|pg-|pglite-)',
              message: pureCodeMessage,
            },
          ],
        },
      ],
    },
  },
  {
    // the clock comes in as an argument (STYLE.md, Emmett: `metadata.now`); the kernel's Clock may read it
    files: ['libs/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: pureCodeMessage }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: pureCodeMessage },
      ],
    },
  },
  {
    // tests: doubles and fixtures legitimately use any, non-null assertions and empty stubs
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
];
