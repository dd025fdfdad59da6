import { CommanderError } from 'commander';
import { BuildAbort } from '../diagnostics/diagnostic.js';
import { createProgram } from './program.js';
import { printDiagnostics, processTerminal } from './report.js';

/**
 * Runs the command line and returns the exit code: 0 built, 1 content errors, 2 usage or config
 * errors, 3 a bug in quire (printed with its stack).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const terminal = processTerminal();
  const result = { exitCode: 0 };
  const program = createProgram(terminal, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    // A stage that cannot go on (another build holds the output folder...) is a problem to report, not a bug.
    if (error instanceof BuildAbort) {
      printDiagnostics(error.diagnostics, process.cwd(), terminal);
      return error.exitCode;
    }
    terminal.err('quire: internal error (this is a bug in quire, please report it with the lines below)');
    terminal.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
