import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

describe('the staging folder', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('is removed after a build, and stale ones left by killed builds are cleaned up', () => {
    const site = path.join(temp.dir, 'site');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts/2024-01-01-a.md'), '---\ntitle: A\n---\nBody.\n');
    // A process id far above any Linux pid_max: no such process runs.
    const stale = path.join(site, '.dist.quire-staging-99999999');
    mkdirSync(path.join(stale, 'posts'), { recursive: true });
    writeFileSync(path.join(stale, 'index.html'), 'half written');
    mkdirSync(path.join(site, '.dist.quire-old-99999998'));
    const result = runCli(['build', site]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(site).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });
});
