// What the benchmark reports: the metrics, the machine they were measured on, and the printed table.
import os from 'node:os';

/**
 * Every metric, in table order. Times are stored in ms and memory in MiB; `shownIn` is the table's unit.
 * `peers` marks the metrics the peers are measured for (and ratios are computed for).
 */
export const METRICS = [
  { key: 'coldBuildMs', label: 'cold build', shownIn: 's', peers: true },
  { key: 'coldBuildPeakRssMiB', label: 'cold build, peak RSS', shownIn: 'MiB', peers: true },
  { key: 'cacheFillBuildMs', label: 'build filling the cache', shownIn: 's', needsCache: true },
  { key: 'rebuildUnchangedMs', label: 'rebuild, cache, nothing changed', shownIn: 's', needsCache: true },
  { key: 'rebuildOnePostMs', label: 'rebuild, cache, 1 post changed', shownIn: 's', needsCache: true },
  { key: 'watchFirstBuildMs', label: 'watch: first build', shownIn: 's', needsWatch: true },
  { key: 'watchBodyEditMs', label: 'watch: body edit to page', shownIn: 'ms', needsWatch: true },
  { key: 'watchTitleEditMs', label: 'watch: title edit to page', shownIn: 'ms', needsWatch: true },
  { key: 'watchPeakRssMiB', label: 'watch: peak RSS', shownIn: 'MiB', needsWatch: true },
];

export const toMiB = (bytes) => Math.round(bytes / 1048576);

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryMiB: toMiB(os.totalmem()),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
    date: new Date().toISOString(),
  };
}

function formatValue(value, shownIn, note) {
  if (value === null || value === undefined) return note ?? '-';
  if (shownIn === 's') return (value / 1000).toFixed(2);
  return String(Math.round(value));
}

/** The plain-text table: size, metric, quire, each peer, then quire/peer ratios. */
export function formatTable(results, peerNames) {
  const header = ['size', 'metric', 'quire', ...peerNames, ...peerNames.map((peer) => `quire/${peer}`)];
  const rows = [];
  for (const [size, result] of Object.entries(results.sizes)) {
    for (const metric of METRICS) {
      const values = result.metrics[metric.key];
      if (values === undefined) continue;
      const ratios = result.ratios[metric.key] ?? {};
      rows.push([
        Number(size).toLocaleString('en-US'),
        `${metric.label} (${metric.shownIn})`,
        formatValue(values.quire, metric.shownIn, result.notes[metric.key]),
        ...peerNames.map((peer) => formatValue(values[peer], metric.shownIn, metric.peers ? undefined : '')),
        ...peerNames.map((peer) => (typeof ratios[peer] === 'number' ? `${ratios[peer].toFixed(2)}x` : '')),
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  // Text columns (size, metric) are left-aligned, numbers right-aligned.
  const line = (row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
