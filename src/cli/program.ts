import { Argument, Command, Option } from 'commander';
import { version } from '../version.js';
import type { BuildFlags } from './build-command.js';
import type { EjectFlags } from './eject-command.js';
import type { ServeFlags, WatchFlags } from './watch-command.js';
import type { InitFlags } from './init-command.js';
import type { ListFlags } from './list-command.js';
import type { NewFlags } from './new-command.js';
import { collectValues, listChoices } from './option-values.js';
import type { Terminal } from './report.js';


/**
 * The command-line program. Each action stores its exit code in `result.exitCode`; the caller exits.
 */
export function createProgram(terminal: Terminal, result: { exitCode: number }): Command {
  const program = new Command('quire')
    .description('Build a static blog from Markdown posts and Handlebars templates.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.out(text.trimEnd()),
      writeErr: (text) => terminal.err(text.trimEnd()),
    });

  withBuildOptions(program.command('build'), false)
    .description('build the site in DIR (default: the current folder) into DIR/dist')
    .option('--cache <dir>', 'cache folder, relative to the site folder (default: .quire-cache)')
    .option('--no-cache', 'neither read nor write the cache')
    .option('--verify', 'build again without the cache into a temporary folder; exit 1 if any byte differs')
    .option('--json [file]', 'write a JSON report of the build to FILE, or to stdout (alone there) without FILE or with -')
    .option('--strict', 'treat warnings (broken links, typos in front matter...) as errors: exit 1, output folder unchanged')
    .action(async (dir: string, flags: BuildFlags) => {
      // Commands are loaded on use: each needs only some of the libraries, which take long to load.
      const { runBuild } = await import('./build-command.js');
      result.exitCode = await runBuild(dir, flags, terminal);
    });

  withBuildOptions(program.command('watch'), false)
    .description('build the site, then rebuild it whenever a file changes')
    .action(async (dir: string, flags: WatchFlags) => {
      const { runWatch } = await import('./watch-command.js');
      result.exitCode = await runWatch(dir, flags, terminal);
    });

  withBuildOptions(program.command('serve'), true)
    .description('watch, and serve the site on a local web server that reloads pages after each rebuild')
    .option('-p, --port <port>', 'port to listen on (the next free one when busy)', '4000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (dir: string, flags: ServeFlags) => {
      const { runServe } = await import('./watch-command.js');
      result.exitCode = await runServe(dir, flags, terminal);
    });

  program
    .command('new')
    .description('write a new post, posts/YYYY-MM-DD-<slug>.md, and print its path')
    .argument('<title...>', 'post title (quote it, or its words are joined with spaces)')
    .option('-C, --dir <dir>', 'site folder (default: the current folder)')
    .option('-t, --tags <list>', 'comma-separated tags; may be repeated', collectValues)
    .option('--draft', 'mark the post draft: true (left out of builds until removed)')
    .option('--date <date-time>', 'date the post this day or date-time (site time zone) instead of now')
    .addHelpText(
      'after',
      '\nNever replaces a file: exits 1 when the post already exists, 2 on usage or config errors.\n' +
        '\nExample:\n  quire new "Notes on: \\"quoting\\"" --tags notes,yaml --draft',
    )
    .action(async (title: string[], flags: NewFlags) => {
      const { runNew } = await import('./new-command.js');
      result.exitCode = await runNew(title, flags, terminal);
    });

  program
    .command('init')
    .description('create a new site in DIR (default: the current folder) that builds at once')
    .argument('[dir]', 'folder for the new site; created if missing, refused unless empty', '.')
    .option('--now <date-time>', 'date the first post at this ISO date-time instead of now')
    .addHelpText('after', '\nExample:\n  quire init my-blog && cd my-blog && npx quire build')
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('./init-command.js');
      result.exitCode = runInit(dir, flags, terminal);
    });

  program
    .command('eject')
    .description('copy theme files into the site\'s templates/ to edit them; without FILE, list them')
    .argument('[file...]', 'theme file names as listed, e.g. layouts/post.hbs partials/footer.hbs')
    .option('-C, --dir <dir>', 'site folder (default: the current folder)')
    .addHelpText('after', '\nNever replaces a file: exits 1, copying nothing, when one is already in templates/.\n\nExample:\n  quire eject layouts/post.hbs')
    .action(async (names: string[], flags: EjectFlags) => {
      const { runEject } = await import('./eject-command.js');
      result.exitCode = await runEject(names, flags, terminal);
    });

  program
    .command('list')
    .description('list the posts a build leaves out (drafts, future, expired), or all posts')
    .addArgument(new Argument('[which]', 'which posts (default: every post left out)').choices(listChoices))
    .option('-C, --dir <dir>', 'site folder (default: the current folder)')
    .option('--now <date-time>', 'treat this ISO date-time as "now" (which posts are future or expired)')
    .option('--json', 'print JSON: { timezone, posts: [{ state, date, title, source }] }')
    .addHelpText('after', '\nOldest first; dates in the site time zone.\n\nExample:\n  quire list future --now 2027-06-01')
    .action(async (which: (typeof listChoices)[number] | undefined, flags: ListFlags) => {
      const { runList } = await import('./list-command.js');
      result.exitCode = await runList(which, flags, terminal);
    });

  return program;
}

/** The site folder argument and the options build, watch and serve share. */
function withBuildOptions(command: Command, serving: boolean): Command {
  command
    .argument('[dir]', 'site folder', '.')
    .option('-o, --out <dir>', 'output folder (default: <dir>/dist)');
  if (serving) {
    command
      .option('--no-drafts', 'leave out posts marked draft: true (shown by default while serving)')
      .option('--no-future', 'leave out posts dated in the future (shown by default while serving)');
  } else {
    command.option('--drafts', 'include posts marked draft: true').option('--future', 'include posts dated in the future');
  }
  return command
    .addOption(new Option('--base-url <url>', 'override baseUrl from the config (e.g. for CI)'))
    .option('--now <date-time>', 'treat this ISO date-time as "now" (which posts are future or expired)')
    .option('--safe', 'drop raw HTML from Markdown (for sites that publish untrusted contributions)')
    .option('--force', 'replace an output folder that quire did not create (never the site, home or root folder)')
    .option('-j, --jobs <n>', 'threads to build with: the main one and up to n-1 (3 at most) that render Markdown (default: one per core)');
}
