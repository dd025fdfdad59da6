// The yardsticks quire is compared with on the same corpus, in the same run: other generators laid out
// by ../shared/bench/peers/run-peer.sh, and the single-threaded bare pipeline ../shared/bench/floor.mjs.
// A peer that is not installed is skipped with the reason, never installed from here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runMeasured } from './process-tree.mjs';

export const PEER_NAMES = ['hugo', 'eleventy', 'hexo', 'jekyll', 'floor'];

// Where each generator writes its site, and what it needs to run (a command on PATH or node_modules).
const SITE_PEERS = {
  hugo: { output: 'public', command: 'hugo', version: ['hugo', 'version'] },
  eleventy: { output: '_site', depsDir: '/tmp/anchors/eleventy' },
  hexo: { output: 'public', depsDir: '/tmp/anchors/hexo' },
  jekyll: { output: '_site', command: 'jekyll', version: ['jekyll', '--version'] },
};

const hasCommand = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Whether `name` can run here: { name, available, reason?, version? }. */
export function findPeer(name, sharedDir) {
  if (!sharedDir) return { name, available: false, reason: 'no ../shared folder next to the repository' };
  if (name === 'floor') {
    const script = path.join(sharedDir, 'bench', 'floor.mjs');
    return existsSync(script) ? { name, available: true, version: `node ${process.version}` } : { name, available: false, reason: `${script} is missing` };
  }
  const peer = SITE_PEERS[name];
  if (!existsSync(path.join(sharedDir, 'bench', 'peers', name))) return { name, available: false, reason: `no ${name} skeleton in ${sharedDir}/bench/peers` };
  if (peer.command && !hasCommand(peer.command)) return { name, available: false, reason: `\`${peer.command}\` is not installed` };
  if (peer.depsDir && !existsSync(path.join(peer.depsDir, 'node_modules'))) {
    return { name, available: false, reason: `its packages are not installed in ${peer.depsDir}/node_modules` };
  }
  const version = peer.version ? spawnSync(peer.version[0], peer.version.slice(1), { encoding: 'utf8' }).stdout.trim().split('\n')[0] : undefined;
  return { name, available: true, version };
}

/** Counts `index.html` files under `dir`: every peer writes one per post plus the home page. */
export function countIndexPages(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((file) => path.basename(String(file)) === 'index.html').length;
}

/** Lays out a site peer's work folder (a copy of the corpus's posts) once per corpus. */
export function preparePeer(name, { sharedDir, corpusDir, workDir }) {
  if (name === 'floor') return;
  const script = path.join(sharedDir, 'bench', 'peers', 'run-peer.sh');
  const env = SITE_PEERS[name].depsDir ? { ...process.env, DEPS_DIR: SITE_PEERS[name].depsDir } : process.env;
  const result = spawnSync('sh', [script, name, corpusDir, workDir, '--setup-only'], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`run-peer.sh ${name} failed:\n${result.stdout}${result.stderr}`);
}

/** One cold build of a peer: { status, wallMs, peakRssBytes, output, pages }. */
export async function runPeerBuild(name, { sharedDir, corpusDir, workDir, repoRoot }) {
  if (name === 'floor') {
    const out = path.join(workDir, 'out');
    // --deps: the folder whose node_modules holds gray-matter and markdown-it (the repository's).
    const run = await runMeasured(process.execPath, [path.join(sharedDir, 'bench', 'floor.mjs'), corpusDir, out, '--deps', repoRoot]);
    return { ...run, pages: countIndexPages(out) };
  }
  // build.sh deletes the output and the generator's caches first, then execs the generator.
  const run = await runMeasured('sh', ['build.sh'], { cwd: workDir });
  return { ...run, pages: countIndexPages(path.join(workDir, SITE_PEERS[name].output)) };
}
