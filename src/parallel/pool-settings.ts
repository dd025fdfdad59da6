import os from 'node:os';

/** Fewer bodies to render than this, and starting worker threads would cost more than it saves. */
const defaultMinBodies = 200;

/** Threads building the site: `jobs` (a whole number from 1), else one per core. */
export function resolveJobs(jobs: number | undefined): number {
  if (jobs === undefined) return os.availableParallelism();
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number from 1, got ${jobs}`);
  return jobs;
}

/** When a build starts render workers, and how it uses them. */
export interface PoolSettings {
  /** The fewest bodies to render for which worker threads are started. */
  readonly minBodies: number;
  /** Whether the build renders bodies itself while the workers warm up (see createChunkPipeline). */
  readonly warmUp: boolean;
}

/**
 * Defaults, which tests override from the environment to run the workers on small sites:
 * QUIRE_POOL_MIN_ENTRIES (a whole number) sets `minBodies`, and QUIRE_POOL_WARM_UP=0 makes the build
 * wait for the workers from the first body, so that every body is rendered by one.
 */
export function poolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  const minBodies = Number(env.QUIRE_POOL_MIN_ENTRIES);
  return {
    minBodies: env.QUIRE_POOL_MIN_ENTRIES && Number.isSafeInteger(minBodies) && minBodies >= 0 ? minBodies : defaultMinBodies,
    warmUp: env.QUIRE_POOL_WARM_UP !== '0',
  };
}
