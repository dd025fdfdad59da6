import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseFrontMatter } from '../../src/parse/front-matter.js';
import { copyExample, makeTempDir, repoRoot, runCli } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

function frontMatterOf(file: string): Record<string, unknown> {
  const diagnostics: Diagnostic[] = [];
  const front = parseFrontMatter(readFileSync(file, 'utf8'), file, diagnostics);
  expect(diagnostics).toEqual([]);
  return { ...front!.data };
}

describe('quire init', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('creates a site in the current (empty) folder that builds at once', () => {
    const site = path.join(temp.dir, 'fresh');
    mkdirSync(site);
    const init = runCli(['init', '--now', '2026-11-27T14:05:00Z'], { cwd: site });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Created a new site in .:');
    expect(init.stdout).toContain('  posts/2026-11-27-hello-world.md');
    expect(init.stdout).toMatch(/npx quire build/);
    expect(init.stdout).toMatch(/npx quire serve/);
    expect(init.stdout).not.toMatch(/\bcd /);
    expect(Object.keys(hashTree(site))).toEqual([
      '.gitignore',
      'data/authors.yaml',
      'pages/about.md',
      'posts/2026-11-27-hello-world.md',
      'quire.config.yaml',
      'static/.gitkeep',
    ]);
    const post = frontMatterOf(path.join(site, 'posts/2026-11-27-hello-world.md'));
    expect(post).toMatchObject({ title: 'Hello, world', date: '2026-11-27T14:05:00Z' });
    expect(post.id).toMatch(/^[A-Za-z0-9]{10}$/);

    const build = runCli(['build'], { cwd: site });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(existsSync(path.join(site, 'dist/index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'dist/posts/hello-world/index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'dist/about/index.html'))).toBe(true);
  });

  it('creates a missing folder, dates the first post now, and prints cd with the folder', () => {
    const init = runCli(['init', 'blog'], { cwd: temp.dir });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Created a new site in blog:');
    expect(init.stdout).toMatch(/^ {2}cd blog$/m);
    const build = runCli(['build', 'blog'], { cwd: temp.dir });
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/\(1 posts\)/);
  });

  it('refuses a folder that is not empty and changes nothing', () => {
    const site = path.join(temp.dir, 'taken');
    mkdirSync(site);
    writeFileSync(path.join(site, 'notes.txt'), 'keep me\n');
    const before = hashTree(site);
    const init = runCli(['init', site]);
    expect(init.status).toBe(1);
    expect(init.stderr).toMatch(/^error SiteFolderNotEmpty .*taken is not empty \(notes\.txt\); nothing was written$/m);
    expect(init.stderr).toMatch(/hint: /);
    expect(init.stdout).toBe('');
    expect(hashTree(site)).toEqual(before);
  });
});

describe('quire new', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = copyExample('blog', temp.dir);

  it('writes posts/<today in the site zone>-<slug>.md with title, date, id and tags, and the post builds', () => {
    const result = runCli(['new', 'My Post Title', '--tags', 'notes,garden', '--dir', site], { cwd: temp.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const printed = result.stdout.trim();
    expect(printed).toMatch(/^blog\/posts\/\d{4}-\d{2}-\d{2}-my-post-title\.md$/);
    const file = path.join(temp.dir, printed);
    const data = frontMatterOf(file);
    expect(Object.keys(data)).toEqual(['title', 'date', 'id', 'tags']);
    expect(data.title).toBe('My Post Title');
    expect(data.tags).toEqual(['notes', 'garden']);
    expect(data.id).toMatch(/^[A-Za-z0-9]{10}$/);
    // Europe/London: an explicit offset (+00:00 or +01:00), and the file name's day is the date's day.
    expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/);
    expect(path.basename(file).slice(0, 10)).toBe(String(data.date).slice(0, 10));
    expect(readFileSync(file, 'utf8')).toMatch(/\n---\n\n$/);

    const build = runCli(['build', site]);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(existsSync(path.join(site, 'dist/posts/my-post-title/index.html'))).toBe(true);
  });

  it('refuses a second post with the same title on the same day and leaves the file byte-identical', () => {
    const args = ['new', 'Same Title', '--date', '2026-05-04T10:00:00', '-C', site];
    const first = runCli(args);
    expect(first.status).toBe(0);
    const file = path.join(site, 'posts/2026-05-04-same-title.md');
    const bytes = readFileSync(file);
    const mtimeMs = statSync(file).mtimeMs;
    const second = runCli([...args.slice(0, 3), '2026-05-04T18:30:00', '-C', site, '--draft']);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/^posts\/2026-05-04-same-title\.md error PostFileExists .*left unchanged$/m);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(frontMatterOf(file).date).toBe('2026-05-04T10:00:00+01:00');
  });

  it('round-trips a title with a colon, quotes and emoji, and writes draft: true', () => {
    const title = 'Re: "Quoted" words, it\'s: 🎉 done #1';
    const result = runCli(['new', title, '--draft', '--date', '2025-01-19', '-C', site]);
    expect(result.status).toBe(0);
    const file = path.join(repoRoot, result.stdout.trim());
    expect(path.basename(file)).toBe('2025-01-19-re-quoted-words-its-done-1.md');
    expect(frontMatterOf(file)).toMatchObject({ title, date: '2025-01-19', draft: true, tags: [] });
    const list = runCli(['list', 'drafts', '--json', '-C', site]);
    expect(JSON.parse(list.stdout).posts).toContainEqual({
      state: 'draft',
      date: '2025-01-19',
      title,
      source: 'posts/2025-01-19-re-quoted-words-its-done-1.md',
    });
  });

  it('refuses an unusable title or date with exit code 2 and writes nothing', () => {
    const before = readdirSync(path.join(site, 'posts'));
    expect(runCli(['new', '???', '-C', site]).stderr).toMatch(/error PostTitleNoSlug/);
    const badDate = runCli(['new', 'Fine title', '--date', 'tomorrow', '-C', site]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/error UsageInvalidDate/);
    expect(readdirSync(path.join(site, 'posts'))).toEqual(before);
  });

  it('refuses a folder that is not a site', () => {
    const empty = path.join(temp.dir, 'not-a-site');
    mkdirSync(empty);
    const result = runCli(['new', 'Hello'], { cwd: empty });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error SiteNotInitialized the current folder has no quire\.config\.yaml/);
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('quire list', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = copyExample('blog', temp.dir);
  const now = ['--now', '2026-11-27T12:00:00Z'];
  // A draft dated 09:00 in Tokyo: midnight in London (GMT) on the same day.
  writeFileSync(
    path.join(site, 'posts/tokyo-draft.md'),
    '---\ntitle: Written in Tokyo\ndate: 2027-01-10T09:00:00+09:00\ndraft: true\n---\nBody.\n',
  );

  it('shows the draft and the future post with dates in the site time zone, oldest first', () => {
    const result = runCli(['list', ...now], { cwd: site });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STATE\s+DATE \(Europe\/London\)\s+SOURCE\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['draft', '2026-11-02', 'posts/2026/2026-11-02-winter-soups.md', 'Three winter soups for a cold week'],
      ['draft', '2027-01-10 00:00', 'posts/tokyo-draft.md', 'Written in Tokyo'],
      ['future', '2027-03-01', 'posts/2027-03-01-spring-sowing-calendar.md', 'A spring sowing calendar for a northern allotment'],
    ]);
  });

  it('--now 2027-06-01 moves the future post out of the list', () => {
    const result = runCli(['list', '--now', '2027-06-01', '-C', site]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('posts/2026/2026-11-02-winter-soups.md');
    expect(result.stdout).not.toContain('spring-sowing-calendar');
    expect(runCli(['list', 'future', '--now', '2027-06-01', '-C', site]).stdout.trim()).toBe('No posts dated in the future.');
  });

  it('lists one state, or all posts with their state, as JSON for scripts', () => {
    const future = JSON.parse(runCli(['list', 'future', '--json', ...now, '-C', site]).stdout);
    expect(future).toEqual({
      timezone: 'Europe/London',
      posts: [{ state: 'future', date: '2027-03-01', title: 'A spring sowing calendar for a northern allotment', source: 'posts/2027-03-01-spring-sowing-calendar.md' }],
    });
    const all = JSON.parse(runCli(['list', 'all', '--json', ...now, '-C', site]).stdout) as { posts: { state: string }[] };
    const count = (state: string) => all.posts.filter((p) => p.state === state).length;
    expect([count('published'), count('draft'), count('future'), all.posts.length]).toEqual([16, 2, 1, 19]);
  });

  it('prints content errors like build does and exits 1 without a list', () => {
    const broken = copyExample('blog', path.join(temp.dir, 'broken'));
    writeFileSync(path.join(broken, 'posts/bad-date.md'), '---\ntitle: Bad\ndate: 2024-02-30\n---\nBody.\n');
    const result = runCli(['list', '-C', broken]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^posts\/bad-date\.md:3:7 error FrontMatterInvalidDate /m);
    expect(result.stderr).toContain('| date: 2024-02-30');
    expect(result.stderr).toMatch(/List failed: 1 error\.$/m);
  });

  it('rejects an unknown word with a usage error', () => {
    const result = runCli(['list', 'published', '-C', site]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are drafts, future, expired, all/);
  });
});
