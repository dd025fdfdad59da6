import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { BuildReport } from '../../src/build/build-report.js';
import { checkReport } from '../helpers/report-schema.js';
import { copyExample, examplesDir, makeTempDir, runCli, type CliResult } from '../helpers/run-cli.js';

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly needs?: string;
  readonly environment?: { name: string; url: string };
  readonly steps: Step[];
}

describe('examples/github-pages: the workflow', () => {
  const workflow = parseYaml(readFileSync(path.join(examplesDir, 'github-pages/.github/workflows/pages.yml'), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { build: Job; deploy: Job };
  };
  const uses = (job: Job) => job.steps.map((s) => s.uses?.replace(/@.*/, '')).filter(Boolean);

  it('may deploy to Pages, with the OIDC token the deployment needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with the official actions, in order: checkout, configure-pages, build, upload-pages-artifact', () => {
    const steps = uses(workflow.jobs.build);
    expect(steps).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']));
    expect(steps.indexOf('actions/configure-pages')).toBeLessThan(steps.indexOf('actions/upload-pages-artifact'));
    expect(workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/configure-pages'))?.id).toBe('pages');
    expect(workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
  });

  it('builds strictly, with a report, under the base URL that configure-pages gives', () => {
    const runs = workflow.jobs.build.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toContain('npx quire build --strict --json report.json --base-url "${{ steps.pages.outputs.base_url }}"');
  });

  it('deploys after the build with deploy-pages, to the github-pages environment', () => {
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(uses(workflow.jobs.deploy)).toEqual(['actions/deploy-pages']);
    expect(workflow.jobs.deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
  });
});

describe('examples/github-pages: built as a project site', () => {
  const temp = makeTempDir();
  let out: string;
  let result: CliResult;
  let report: BuildReport;
  beforeAll(() => {
    const site = copyExample('github-pages', temp.dir);
    out = path.join(site, 'dist');
    // configure-pages gives the base URL without a trailing slash.
    result = runCli(['build', site, '--base-url', 'https://user.github.io/repo', '--json', path.join(site, 'report.json')]);
    report = JSON.parse(readFileSync(path.join(site, 'report.json'), 'utf8')) as BuildReport;
  });
  afterAll(() => temp.cleanup());

  it('builds without a warning, so --strict passes too', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(checkReport(report)).toBe('');
    expect(report.counts).toMatchObject({ posts: 2, errors: 0, warnings: 0 });
  });

  it('puts every internal URL of every page, and every URL of the report, under /repo/', () => {
    const escaping: string[] = [];
    let checked = 0;
    for (const { path: file } of report.outputs.filter((f) => f.path.endsWith('.html'))) {
      const root = parseHtml(readFileSync(path.join(out, file), 'utf8'));
      const refs = [
        ...root.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
        ...root.querySelectorAll('meta[http-equiv="refresh"]').map((el) => el.getAttribute('content')!.replace(/^0; url=/, '')),
      ];
      for (const ref of refs.filter((r) => !r.startsWith('#'))) {
        checked++;
        if (!ref.startsWith('/repo/') && !ref.startsWith('https://user.github.io/repo/')) escaping.push(`${file}: ${ref}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(escaping).toEqual([]);
    expect(report.outputs.filter((f) => !f.url.startsWith('https://user.github.io/repo/'))).toEqual([]);
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).filter((u) => !u!.startsWith('https://user.github.io/repo/'))).toEqual([]);
    expect(readFileSync(path.join(out, 'posts/hello-pages/index.html'), 'utf8')).toContain('src="/repo/images/logo.svg"');
  });
});
