import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.js';
import { unseenChanges } from '../../../src/watch/unseen-changes.js';
import { makeTempDir } from '../../helpers/run-cli.js';

describe('unseenChanges', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('drops events about texts the last good build read and deletions of files it never read', async () => {
    const site = path.join(temp.dir, 'site');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    const post = (name: string, title: string) => writeFileSync(path.join(site, 'posts', name), `---\ntitle: ${title}\ndate: 2024-01-01\n---\nBody.\n`);
    post('a.md', 'A');
    post('b.md', 'B');
    const result = await build(site, { outDir: path.join(temp.dir, 'out') }, { previous: undefined });
    expect(result.ok).toBe(true);

    post('b.md', 'B changed');
    const changes = unseenChanges(
      [
        { path: 'posts/a.md', event: 'add' },
        { path: 'posts/b.md', event: 'change' },
        { path: 'posts/gone.md', event: 'unlink' },
        { path: 'posts/a.md', event: 'unlink' },
        { path: 'templates/layouts/post.hbs', event: 'unlink' },
      ],
      result.state,
      site,
    );
    expect(changes).toEqual([
      { path: 'posts/b.md', event: 'change' },
      { path: 'posts/a.md', event: 'unlink' },
      { path: 'templates/layouts/post.hbs', event: 'unlink' },
    ]);
  });
});
