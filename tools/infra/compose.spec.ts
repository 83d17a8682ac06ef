// docker-compose.yml read as a reviewer would (issue 16 item 4); `.ci/run` validates its syntax with Debian's
// docker-compose, this spec checks what it means: each service of the distributed shape on its port with a
// readiness check and healthy-gated dependencies, environments every service's configuration accepts, the proxy
// routing each path of the platform's OpenAPI document to the service whose context hosts it, every variable
// documented, and the placeholder secrets refused in production. No Docker engine is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { hostConfigSchema, hostConfigVariables, loadHostConfig } from '@bcd/service-host';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  profiles?: string[];
}

const composeText = read('docker-compose.yml');
// merge keys: the services share their environment, health check and build through YAML anchors
const compose = YAML.parse(composeText, { merge: true }) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
const services = compose.services;

/** The five services of the distributed shape (the conventions of issue 16). */
const SHELLS = [
  { name: 'membership', app: 'membership-service', port: 3001 },
  { name: 'meetings', app: 'meetings-service', port: 3002 },
  { name: 'reporting', app: 'reporting-service', port: 3003 },
  { name: 'budget', app: 'budget-service', port: 3004 },
  { name: 'projection', app: 'projection-service', port: 3005 },
] as const;
type Shell = (typeof SHELLS)[number]['name'];

const PLACEHOLDER_MARKER = 'insecure-placeholder';
const SECRETS_WITH_PLACEHOLDERS = ['JWT_SECRET', 'AUDIT_SIGNING_KEY', 'POSTGRES_PASSWORD'];

// --- compose interpolation (${NAME}, ${NAME:-default}, ${NAME-default}, $$), as docker compose resolves it ----------

interface Use {
  name: string;
  /** `:-` (unset or empty) or `-` (unset only); undefined: no default. */
  operator: ':-' | '-' | undefined;
  fallback: string;
}

const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

function usesIn(value: string): Use[] {
  const uses: Use[] = [];
  for (const [match, name, operator, fallback, bare] of value.matchAll(INTERPOLATION)) {
    if (match === '$$') continue;
    if (bare !== undefined) uses.push({ name: bare, operator: undefined, fallback: '' });
    else uses.push({ name, operator: operator === ':-' || operator === '-' ? operator : undefined, fallback: fallback ?? '' });
  }
  return uses;
}

function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(INTERPOLATION, (match, name: string | undefined, operator: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    if (match === '$$') return '$';
    const variable = (name ?? bare) as string;
    const given = env[variable];
    if (operator === ':-') return given === undefined || given === '' ? (fallback ?? '') : given;
    if (operator === '-') return given === undefined ? (fallback ?? '') : given;
    if (given === undefined) throw new Error(`${variable} is not set and has no default in docker-compose.yml`);
    return given;
  });
}

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/** Every interpolated variable of the file, with the default it is given (the same at every use, checked below). */
const uses = strings(compose).flatMap(usesIn);
const variables = [...new Set(uses.map((use) => use.name))].sort();

function environmentOf(service: string, env: Record<string, string>): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(services[service].environment ?? {})) resolved[name] = interpolate(String(value), env);
  return resolved;
}

/** `NAME=value` lines of infra/.env.example (commented-out lines are not settings). */
function dotenv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) env[match[1]] = match[2];
  }
  return env;
}
const envExample = dotenv(read('infra/.env.example'));

// --- the proxy's routes (infra/nginx.conf) --------------------------------------------------------------------

const nginx = read('infra/nginx.conf');

/** The `map $uri $bcd_upstream` entries, in order: nginx takes the first regular expression that matches. */
function proxyRoutes(): { pattern: RegExp; source: string; upstream: string }[] {
  const block = /map \$uri \$bcd_upstream \{([\s\S]*?)\n {2}\}/.exec(nginx);
  if (!block) throw new Error('infra/nginx.conf has no `map $uri $bcd_upstream { … }` block');
  const routes = [];
  for (const raw of block[1].split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '' || line.startsWith('default ')) continue;
    const entry = /^"~(.+)"\s+([a-z-]+:\d+);$/.exec(line);
    if (!entry) throw new Error(`infra/nginx.conf: a map entry this spec cannot read (quote the regex, end with ;): ${line}`);
    routes.push({ pattern: new RegExp(entry[1]), source: entry[1], upstream: entry[2] });
  }
  return routes;
}

/** The text of a `location <spec> { … }` block of the server (closed by its own indentation). */
function location(spec: string): string {
  const start = nginx.indexOf(`    location ${spec} {\n`);
  if (start < 0) throw new Error(`infra/nginx.conf has no \`location ${spec}\``);
  return nginx.slice(start, nginx.indexOf('\n    }\n', start));
}

function upstreamOf(path: string): string | undefined {
  return proxyRoutes().find((route) => route.pattern.test(path))?.upstream;
}

// --- the platform's OpenAPI document, and which service hosts each tag's routes ---------------------------------

interface OpenApi {
  paths: Record<string, Record<string, { tags?: string[]; operationId?: string }>>;
}

/** The admin build writes it (apps/admin/scripts/generate-api.mjs); else the built platform writes it here. */
function platformOpenApi(): OpenApi {
  const generated = join(root, 'apps/admin/app/generated/platform.openapi.json');
  if (existsSync(generated)) return JSON.parse(readFileSync(generated, 'utf8')) as OpenApi;
  const writer = join(root, 'apps/platform/dist/openapi-document.js');
  if (!existsSync(writer)) throw new Error('No OpenAPI document of the platform: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'bcd-openapi-'));
  try {
    execFileSync(process.execPath, [writer, join(dir, 'platform.json')], { stdio: 'pipe' });
    return JSON.parse(readFileSync(join(dir, 'platform.json'), 'utf8')) as OpenApi;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The service whose context module serves each OpenAPI tag (the conventions: membership also hosts identity and the
 * rulebook, meetings also the programme, projection every read-side context). A tag missing here fails the spec:
 * a new context's routes need a home in the proxy.
 */
const HOST_OF_TAG: Record<string, Shell> = {
  auth: 'membership',
  users: 'membership',
  tenants: 'membership',
  regulations: 'membership',
  calendar: 'membership',
  membership: 'membership',
  meetings: 'meetings',
  programme: 'meetings',
  reporting: 'reporting',
  budget: 'budget',
  audit: 'projection',
  'transparency log': 'projection',
  'time travel': 'projection',
  kpis: 'projection',
};
/** Every host serves these itself (libs/service-host): asked of each service on its port, never through the proxy. */
const PER_PROCESS_PATHS = ['/health', '/health/ready', '/metrics'];
/** libs/service-host's projection admin, in every host: the proxy sends it to the projection service's read models. */
const PROJECTION_ADMIN_PREFIX = '/api/admin/projections';

/** A request path for an OpenAPI path template: each `{parameter}` a plausible segment. */
const concrete = (template: string) => template.replace(/\{[^}]+\}/g, 'x-1');

function expectedHost(path: string, operations: OpenApi['paths'][string]): Shell | 'each service' {
  if (PER_PROCESS_PATHS.includes(path)) return 'each service';
  if (path === PROJECTION_ADMIN_PREFIX || path.startsWith(`${PROJECTION_ADMIN_PREFIX}/`)) return 'projection';
  const tags = new Set(Object.values(operations).flatMap((operation) => operation.tags ?? []));
  const hosts = new Set([...tags].map((tag) => HOST_OF_TAG[tag] ?? `(no service for tag "${tag}")`));
  if (hosts.size !== 1) throw new Error(`${path}: its operations' tags ${[...tags].join(', ')} name ${hosts.size} hosts`);
  return [...hosts][0] as Shell;
}

// ---------------------------------------------------------------------------------------------------------------

describe('docker-compose.yml: the services of the distributed shape', () => {
  it('has the five services, the stores, the proxy and nothing unreviewed', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['budget', 'kafka', 'kurrentdb', 'meetings', 'membership', 'platform', 'postgres', 'projection', 'proxy', 'reporting'],
    );
  });

  it.each(SHELLS)('$name runs apps/$app on port $port from the shared image, ready on /health/ready', ({ name, app, port }) => {
    const service = services[name];
    expect(service.command).toEqual(['node', `apps/${app}/dist/main.js`]);
    expect(existsSync(join(root, `apps/${app}/src/main.ts`))).toBe(true);
    expect(service.image).toBe('bcd-service:local');
    expect(service.environment?.PORT).toBe(String(port));
    expect(service.ports).toEqual([`${port}:${port}`]);
    expect(service.profiles).toBeUndefined();
    // the health check asks the service's own PORT for readiness (the event store answers), not mere liveness
    const check = service.healthcheck?.test.join(' ') ?? '';
    expect(check).toContain("'http://127.0.0.1:'+process.env.PORT+'/health/ready'");
    const env = environmentOf(name, {});
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/bcd:[^@]+@postgres:5432\/bcd$/);
    expect(env.KAFKA_BROKERS).toBe('kafka:9092');
    expect(service.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    expect(service.depends_on?.kafka).toEqual({ condition: 'service_healthy' });
    // every other context needs identity and the rulebook first (tenants, users, regulations in force)
    if (name !== 'membership') expect(service.depends_on?.membership).toEqual({ condition: 'service_healthy' });
  });

  it('builds the one service image from infra/Dockerfile (target service) and the proxy from its proxy target', () => {
    const builds = Object.entries(services).filter(([, service]) => service.build !== undefined);
    for (const [name, service] of builds) {
      expect({ name, build: service.build }).toEqual({
        name,
        build: { context: '.', dockerfile: 'infra/Dockerfile', target: name === 'proxy' ? 'proxy' : 'service' },
      });
    }
    expect(services.membership.build).toBeDefined();
    expect(services.proxy.image).toBe('bcd-proxy:local');
    const dockerfile = read('infra/Dockerfile');
    expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS build$/m);
    expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS service$/m);
    expect(dockerfile).toMatch(/^FROM debian:bookworm-slim AS proxy$/m);
    // the service target is the last stage, so a plain `docker build -f infra/Dockerfile .` builds it
    expect(dockerfile.trimEnd().split('\n').filter((line) => line.startsWith('FROM ')).at(-1)).toContain('AS service');
  });

  it('shares JWT_SECRET among every host, and AUDIT_SIGNING_KEY among every process that projects', () => {
    const hosts = [...SHELLS.map((shell) => shell.name), 'platform'];
    const secrets = new Set(hosts.map((name) => environmentOf(name, envExample).JWT_SECRET));
    expect(secrets.size).toBe(1);
    expect(environmentOf('projection', envExample).AUDIT_SIGNING_KEY).toBe(environmentOf('platform', envExample).AUDIT_SIGNING_KEY);
    expect(environmentOf('projection', {}).AUDIT_SIGNING_KEY).toBe(environmentOf('platform', {}).AUDIT_SIGNING_KEY);
  });

  it.each([
    ['the compose defaults (no .env)', {} as Record<string, string>],
    ['infra/.env.example', envExample],
  ])('gives each host an environment its own configuration accepts: %s', async (_label, env) => {
    for (const name of [...SHELLS.map((shell) => shell.app), 'platform']) {
      const service = name === 'platform' ? 'platform' : SHELLS.find((shell) => shell.app === name)!.name;
      // a host's own config.ts (its variables beyond every host's), else the host schema every service reads
      const configFile = join(root, `apps/${name}/src/config.ts`);
      const load = existsSync(configFile)
        ? ((await import(configFile)) as { loadConfig: (env: Record<string, string>) => unknown }).loadConfig
        : (environment: Record<string, string>) => loadHostConfig(hostConfigSchema, hostConfigVariables, environment);
      expect(() => load(environmentOf(service, env))).not.toThrow();
    }
  });
});

describe('docker-compose.yml: stores, profiles, health and volumes', () => {
  it('gates every dependency on a health check, and every long-running container has one', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, healthcheck: service.healthcheck !== undefined }).toEqual({ name, healthcheck: true });
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect({ name, dependency, condition }).toEqual({ name, dependency, condition: 'service_healthy' });
        expect(services[dependency]?.healthcheck).toBeDefined();
        // compose refuses to depend on a service that a profile may leave out
        if (services[dependency].profiles) expect({ name, profiles: service.profiles }).toEqual({ name, profiles: services[dependency].profiles });
      }
    }
  });

  it('keeps PostgreSQL, Kafka and KurrentDB data in declared volumes', () => {
    const volumeOf = (name: string) => services[name].volumes?.map((volume) => volume.split(':')[0]) ?? [];
    expect(volumeOf('postgres')).toEqual(['pgdata']);
    expect(volumeOf('kafka')).toEqual(['kafka-data']);
    expect(volumeOf('kurrentdb')).toEqual(['kurrentdb-data']);
    const used = Object.values(services).flatMap((service) => service.volumes?.map((volume) => volume.split(':')[0]) ?? []);
    expect(Object.keys(compose.volumes).sort()).toEqual([...new Set(used)].sort());
  });

  it('runs one KRaft Kafka broker that creates topics on first use', () => {
    const kafka = services.kafka;
    expect(kafka.image).toMatch(/^apache\/kafka:\d+\.\d+\.\d+$/);
    const env = kafka.environment ?? {};
    expect(env.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${env.KAFKA_NODE_ID}@kafka:9093`);
    expect(env.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('true');
    expect(env.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe(1);
    expect(String(env.KAFKA_ADVERTISED_LISTENERS)).toContain('PLAINTEXT://kafka:9092');
    expect(kafka.volumes).toEqual([`kafka-data:${env.KAFKA_LOG_DIRS}`]);
    expect(kafka.profiles).toBeUndefined();
  });

  it('puts KurrentDB (an insecure single node) under the profile kurrentdb and the platform under embedded, nothing else', () => {
    const profiled = Object.entries(services).filter(([, service]) => service.profiles !== undefined);
    expect(Object.fromEntries(profiled.map(([name, service]) => [name, service.profiles]))).toEqual({
      kurrentdb: ['kurrentdb'],
      platform: ['embedded'],
    });
    // 25.1 or later: the adapter appends through multi-stream appends (libs/event-store README "KurrentDB")
    const [major, minor] = /^kurrentplatform\/kurrentdb:(\d+)\.(\d+)/.exec(services.kurrentdb.image ?? '')?.slice(1).map(Number) ?? [0, 0];
    expect(major * 100 + minor).toBeGreaterThanOrEqual(2501);
    expect(services.kurrentdb.environment).toMatchObject({ KURRENTDB_CLUSTER_SIZE: 1, KURRENTDB_INSECURE: 'true' });
    expect(services.kurrentdb.healthcheck?.test.join(' ')).toContain('/health/live');
    expect(services.platform.command).toEqual(['node', 'apps/platform/dist/main.js']);
    // the embedded shape talks through the store alone
    expect(environmentOf('platform', {}).KAFKA_BROKERS).toBe('');
  });
});

describe('the reverse proxy: one origin for the admin app and every /api route', () => {
  const openApi = platformOpenApi();
  const paths = Object.keys(openApi.paths);

  it('publishes 8080 and starts once the five services are ready', () => {
    expect(services.proxy.ports).toEqual(['8080:8080']);
    expect(Object.keys(services.proxy.depends_on ?? {}).sort()).toEqual(SHELLS.map((shell) => shell.name).sort());
    expect(nginx).toMatch(/listen 8080;/);
    expect(location('/api/')).toContain('proxy_pass http://$bcd_upstream;');
  });

  it('sends every path of the platform to the service hosting it, at that service\'s port', () => {
    expect(paths.length).toBeGreaterThan(100);
    const portOf = new Map(SHELLS.map((shell) => [shell.name, services[shell.name].environment?.PORT]));
    const wrong: string[] = [];
    for (const path of paths) {
      const expected = expectedHost(path, openApi.paths[path]);
      const upstream = upstreamOf(concrete(path));
      const wanted = expected === 'each service' ? undefined : `${expected}:${portOf.get(expected)}`;
      if (upstream !== wanted) wrong.push(`${path}: proxied to ${upstream ?? 'nothing'}, hosted by ${wanted ?? expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('sends every path a service\'s own OpenAPI document lists to that service (the documents `npm run openapi` wrote)', () => {
    // .ci/run writes them (npm run openapi:lint) before npm test; a service whose document is absent is not checked here
    const wrong: string[] = [];
    for (const shell of SHELLS) {
      const file = join(root, `dist/openapi/${shell.app}.json`);
      if (!existsSync(file)) continue;
      const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
      const wanted = `${shell.name}:${services[shell.name].environment?.PORT}`;
      for (const path of Object.keys(document.paths)) {
        if (PER_PROCESS_PATHS.includes(path)) continue;
        // every host has the projection admin; the proxy sends it to the projection service (see above)
        if (path.startsWith(PROJECTION_ADMIN_PREFIX) && shell.name !== 'projection') continue;
        const upstream = upstreamOf(concrete(path));
        if (upstream !== wanted) wrong.push(`${path} (in ${shell.app}'s document): proxied to ${upstream ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no route that no path of the platform takes', () => {
    const unused = proxyRoutes().filter((route) => !paths.some((path) => route.pattern.test(concrete(path))));
    expect(unused.map((route) => route.source)).toEqual([]);
  });

  it('answers paths no service serves, and the per-process health and metrics, with a 404 problem document', () => {
    expect(upstreamOf('/api/nothing-here')).toBeUndefined();
    expect(upstreamOf('/api/tenants/x-1/nothing-here')).toBeUndefined();
    expect(location('/api/')).toMatch(/if \(\$bcd_upstream = ""\) \{\s*return 404 '\{"type":"about:blank"/);
    expect(location('/api/')).toContain('default_type application/problem+json;');
    expect(location('~ ^/(health|metrics)(/|$)')).toMatch(/default_type application\/problem\+json;\s*return 404 /);
  });

  it('serves the admin app: index.html for its pages, hashed assets cached for good', () => {
    expect(nginx).toMatch(/root \/usr\/share\/bcd-admin;/);
    expect(location('/')).toContain('try_files $uri /index.html;');
    expect(location('/assets/')).toContain('max-age=31536000, immutable');
    expect(read('infra/Dockerfile')).toContain('COPY --from=build /app/apps/admin/dist /usr/share/bcd-admin');
  });
});

describe('the variables of docker-compose.yml', () => {
  const readme = read('infra/README.md');
  const table = new Map<string, string>();
  for (const match of readme.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)) table.set(match[1], match[2].trim());

  it('gives each a default, the same at every use, so an absent .env still configures everything', () => {
    expect(uses.filter((use) => use.operator === undefined).map((use) => use.name)).toEqual([]);
    expect(variables.filter((name) => new Set(uses.filter((use) => use.name === name).map((use) => use.fallback)).size !== 1)).toEqual([]);
  });

  it('documents each beside its use, in infra/README.md (with its default) and in infra/.env.example', () => {
    // a comment on the line itself, after the value (comment lines are skipped)
    const uncommented = composeText.split('\n').filter((line) => /\$\{/.test(line.replace(/(^|\s)#.*$/, '')) && !/\S\s+#\s/.test(line));
    expect(uncommented).toEqual([]);
    for (const name of variables) {
      const fallback = uses.find((use) => use.name === name)!.fallback;
      const documented = fallback.includes(PLACEHOLDER_MARKER) ? 'placeholder' : fallback === '' ? '(empty)' : `\`${fallback}\``;
      expect({ name, default: table.get(name) }).toEqual({ name, default: documented });
      expect({ name, inEnvExample: name in envExample }).toEqual({ name, inEnvExample: true });
    }
    // and nothing documented that the file no longer reads
    expect([...table.keys()].sort()).toEqual(variables);
    expect(Object.keys(envExample).sort()).toEqual(variables);
  });
});

describe('the placeholder secrets', () => {
  const script = join(root, 'infra/refuse-placeholders.sh');
  const run = (env: Record<string, string>) =>
    spawnSync('sh', [script, process.execPath, '-e', 'process.stdout.write("started " + process.argv[1])', 'with args'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      encoding: 'utf8',
    });

  it('are the same in docker-compose.yml and infra/.env.example, and marked as placeholders', () => {
    for (const name of SECRETS_WITH_PLACEHOLDERS) {
      const fallback = uses.find((use) => use.name === name)?.fallback;
      expect({ name, fallback }).toEqual({ name, fallback: envExample[name] });
      expect(fallback).toContain(PLACEHOLDER_MARKER);
    }
    // the service image's entry point refuses them in production
    expect(read('infra/Dockerfile')).toMatch(/^ENTRYPOINT \["bcd-refuse-placeholders"\]$/m);
  });

  it('stop a production process, naming each secret that still holds one (exit 78)', () => {
    const production = environmentOf('projection', {});
    expect(production.NODE_ENV).toBe('production');
    const result = run(production);
    expect(result.status).toBe(78);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the placeholder of infra/.env.example is still in JWT_SECRET AUDIT_SIGNING_KEY DATABASE_URL');
  });

  it('let a development process start, and a production one with secrets of its own', () => {
    const development = run(environmentOf('projection', envExample));
    expect(development.stdout).toBe('started with args');
    expect(development.status).toBe(0);
    const own = run(
      environmentOf('projection', {
        NODE_ENV: 'production',
        JWT_SECRET: 'a'.repeat(64),
        AUDIT_SIGNING_KEY: 'PRIVATE+KEY+bcd.example.org+00000000+AAAA',
        POSTGRES_PASSWORD: 'b'.repeat(32),
      }),
    );
    expect(own.stdout).toBe('started with args');
    expect(own.status).toBe(0);
  });
});
