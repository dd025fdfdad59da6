import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileChange } from '../../../src/watch/classify-change.js';
import { createChangeRecheck } from '../../../src/watch/recheck-changes.js';
import { makeTempDir } from '../../helpers/run-cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('change recheck', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('reports again a file saved twice in quick succession, and stays quiet when it did not change again', async () => {
    writeFileSync(path.join(temp.dir, 'a.md'), 'first');
    writeFileSync(path.join(temp.dir, 'b.md'), 'only');
    const reported: FileChange[] = [];
    const recheck = createChangeRecheck(temp.dir, (change) => reported.push(change), 30);
    recheck.changed('a.md');
    recheck.changed('b.md');
    // The second save of a.md comes inside the window in which the watcher drops events.
    writeFileSync(path.join(temp.dir, 'a.md'), 'second');
    await sleep(120);
    recheck.close();
    expect(reported).toEqual([{ path: 'a.md', event: 'change' }]);
  });
});
