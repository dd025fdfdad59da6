import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed, onTestFinished } from 'vitest';
import { copyExample, makeTempDir } from '../helpers/run-cli.js';
import { spawnCli, type RunningCli } from '../helpers/spawn-cli.js';

// Debian's Chromium (.ci/run installs it), driven by playwright-core, which never downloads a browser.
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const waitMs = 15_000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const hasChromium = isExecutable(chromiumPath);

/** False, after saying why, when this machine has no Chromium; in CI a missing Chromium fails the test. */
function canRunBrowser(): boolean {
  if (hasChromium) return true;
  if (process.env.CI) throw new Error(`Chromium is required in CI, but ${chromiumPath} is missing (.ci/run installs the chromium package)`);
  console.warn(`browser live-reload test not run: no Chromium at ${chromiumPath} (apt-get install -y chromium); in CI this fails`);
  return false;
}

/**
 * Resolves once the page's live-reload script has opened its event stream, so the server knows the page.
 * Start it before the navigation or the edit that leads to the connection.
 */
function waitForEventStream(page: Page): Promise<unknown> {
  const connected = page.waitForResponse((response) => new URL(response.url()).pathname === '/__quire/events' && response.status() === 200, {
    timeout: waitMs,
  });
  connected.catch(() => {}); // awaited later; a failure before then must not surface as an unhandled rejection
  return connected;
}

/** Marks the current document, so a later check can tell whether the page was really reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { quireTestMark?: boolean }).quireTestMark = true;
  });
}

function isMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { quireTestMark?: boolean }).quireTestMark === true);
}

/** Waits until the post's article (not the overlay) shows `text`. */
async function waitForPostText(page: Page, text: string): Promise<void> {
  await page.locator('article.post').filter({ hasText: text }).waitFor({ state: 'visible', timeout: waitMs });
}

/** The 1-based line of the `---` that closes the front matter. */
function frontMatterEndLine(source: string): number {
  return source.split('\n').indexOf('---', 1) + 1;
}

describe('quire serve in a real browser', () => {
  const temp = makeTempDir('quire-browser-');
  let site: string;
  let cli: RunningCli | undefined;
  let context: BrowserContext | undefined;
  let origin: string;

  /** Opens `urlPath` in a new tab (closed when the test ends) and waits until its live-reload script is connected. */
  async function openPage(urlPath: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context!.newPage();
    onTestFinished(() => page.close());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const connected = waitForEventStream(page);
    await page.goto(origin + urlPath);
    await connected;
    return { page, errors };
  }

  beforeAll(async () => {
    if (!hasChromium) return;
    site = copyExample('blog', temp.dir);
    cli = spawnCli(['serve', site, '--port', '0']);
    const [, port] = await cli.waitFor(/Serving .* at http:\/\/127\.0\.0\.1:(\d+)\//);
    origin = `http://127.0.0.1:${port}`;
    // The profile, and the crash-report folder Chromium otherwise keeps in ~/.config/chromium, live in the
    // temp folder, so removing the folder leaves nothing behind.
    context = await chromium.launchPersistentContext(path.join(temp.dir, 'chromium-profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp.dir, 'xdg-config'), XDG_CACHE_HOME: path.join(temp.dir, 'xdg-cache') },
    });
  });

  afterAll(async () => {
    try {
      await context?.close();
    } finally {
      const exitCode = await cli?.stop('SIGINT');
      temp.cleanup();
      if (cli) expect(exitCode).toBe(0);
    }
  });

  it('reloads an open post on edit, shows the build error overlay, and recovers when the file is fixed', async () => {
    if (!canRunBrowser()) return;
    onTestFailed(() => console.error(`quire serve output:\n${cli?.output()}`));
    const post = path.join(site, 'posts/2022/2022-04-09-first-long-run.md');
    const original = readFileSync(post, 'utf8');
    onTestFailed(() => writeFileSync(post, original)); // leave a healthy site for the next test
    const { page, errors } = await openPage('/posts/first-long-run/');
    expect(await page.title()).toContain('My first long run');

    // 1. A body edit reloads the open page by itself.
    await markDocument(page);
    const firstSentence = 'A sentence added while the page was open in the browser.';
    let connected = waitForEventStream(page);
    writeFileSync(post, `${original}\n${firstSentence}\n`);
    await waitForPostText(page, firstSentence);
    expect(await isMarked(page)).toBe(false);
    await connected;

    // 2. Broken front matter: an overlay names the file, the line and the code; the page stays as it was.
    await markDocument(page);
    const outputBeforeError = cli!.output().length;
    writeFileSync(post, original.replace(/^title: .*$/m, 'title: [unclosed'));
    const overlay = page.getByRole('alertdialog', { name: 'Build error' });
    await overlay.waitFor({ state: 'visible', timeout: waitMs });
    expect(await page.locator('#quire-error-overlay').count()).toBe(1);
    // The overlay shows the position the terminal shows, and that position is inside the front matter.
    const [printed, line] = await cli!.waitFor(
      /posts\/2022\/2022-04-09-first-long-run\.md:(\d+):\d+ error FrontMatterInvalidYaml /,
      waitMs,
      outputBeforeError,
    );
    expect(Number(line)).toBeGreaterThanOrEqual(2);
    expect(Number(line)).toBeLessThanOrEqual(frontMatterEndLine(original));
    expect(await overlay.textContent()).toContain(printed);
    expect(await isMarked(page)).toBe(true);

    // 3. Fixing the file reloads the page: the overlay is gone and the new text is shown.
    const secondSentence = 'Another sentence, added once the front matter was fixed.';
    connected = waitForEventStream(page);
    writeFileSync(post, `${original}\n${secondSentence}\n`);
    await waitForPostText(page, secondSentence);
    await connected;
    expect(await isMarked(page)).toBe(false);
    expect(await page.locator('#quire-error-overlay').count()).toBe(0);
    expect(await page.title()).toContain('My first long run');
    expect(errors).toEqual([]);
  });

  it('reloads a page whose URL is percent-encoded (a post slug with accents)', async () => {
    if (!canRunBrowser()) return;
    onTestFailed(() => console.error(`quire serve output:\n${cli?.output()}`));
    const post = path.join(site, 'posts/2024-02-14-café-crème.md');
    const { page, errors } = await openPage('/posts/café-crème/');
    expect(await page.evaluate(() => location.pathname)).toBe('/posts/caf%C3%A9-cr%C3%A8me/');

    await markDocument(page);
    const sentence = 'Added while the accented page was open.';
    const connected = waitForEventStream(page);
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n${sentence}\n`);
    await waitForPostText(page, sentence);
    await connected;
    expect(await isMarked(page)).toBe(false);
    expect(errors).toEqual([]);
  });
});
