// Times a full analysis of generated planning documents (1 MB and 20 KB) against markdownlint (a full
// CommonMark parse, micromark inside) and against a bare lexicon scan: the floor for any vocabulary engine.
// The engine is measured as it ships: bundled by esbuild (the extension and the CLI are bundles too).
// Usage: npm run bench   (runs under --expose-gc so the heap figure is measured from a clean heap)
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from 'markdownlint/sync';
import { generatePlanningDoc } from './benchDoc';

type Engine = typeof import('../src/core') & typeof import('../src/core/lexicon/cache');

async function bundledEngine(): Promise<Engine> {
  const root = resolve(import.meta.dirname, '..');
  const result = await esbuild.build({
    stdin: { contents: "export * from './src/core'; export { lexiconFor } from './src/core/lexicon/cache';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'neutral', format: 'esm', write: false, logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'backlog-lens-bench-')), 'engine.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href) as Promise<Engine>;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The floor: one regex pass over lower-cased words with a Map lookup each. */
function bareScan(lexicon: ReturnType<Engine['lexiconFor']>, text: string): number {
  const words = /[a-z]+/g;
  const lower = text.toLowerCase();
  let hits = 0;
  for (let match = words.exec(lower); match; match = words.exec(lower)) if (lexicon.words.has(match[0])) hits++;
  return hits;
}

interface Timing {
  median: number;
  min: number;
}

/** Median (and fastest) of alternating runs, so load from other processes hits every contender alike. */
function timings(runs: number, contenders: (() => unknown)[]): Timing[] {
  const times = contenders.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    contenders.forEach((work, k) => {
      const start = performance.now();
      work();
      times[k].push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)).map((list) => ({ median: list[Math.floor(list.length / 2)], min: list[0] }));
}

function heapMb(analyze: Engine['analyze'], text: string): { peak: number; retained: number } | undefined {
  if (!gc) return undefined;
  gc();
  const base = process.memoryUsage().heapUsed;
  const result = analyze(text);
  const peak = process.memoryUsage().heapUsed - base; // before any forced GC: live result plus uncollected garbage
  gc();
  const retained = process.memoryUsage().heapUsed - base;
  if (result.sections.length < 0) throw new Error('unreachable: keeps the result alive until measured');
  return { peak: peak / 2 ** 20, retained: retained / 2 ** 20 };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
const both = (timing: Timing): string => `${ms(timing.median)} (fastest ${ms(timing.min)})`;

async function main(): Promise<void> {
  const { analyze, lexiconFor } = await bundledEngine();
  // Timings on a shared machine swing with its load; print it so a reader can tell.
  console.log(`\n${process.argv[2]} run: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const lexicon = lexiconFor({ po: [], pm: [], ignore: [] });
  // Each size runs in its own process (see the end of the file), so one's JIT and heap state cannot skew the other.
  const sizes = [['20 KB', 20_000, 1001, 21], ['1 MB', 1_000_000, 21, 3]] as const;
  for (const [label, size, runs, lintRuns] of sizes.filter(([label]) => label === process.argv[2])) {
    const text = generatePlanningDoc(size, 42);
    const contenders = [() => analyze(text), () => bareScan(lexicon, text)];
    // As many untimed runs first: the engine's many functions reach the JIT's top tier only after some hundred
    // runs, the bare scan's one loop after a few, and a median of 1,001 runs would otherwise count the climb.
    timings(runs, contenders);
    const [full, bare] = timings(runs, contenders);
    const [markdownlint] = timings(lintRuns, [() => lint({ strings: { doc: text } })]);
    const analysis = analyze(text);
    console.log(`${label} document: ${text.length} characters, ${analysis.sections.length} sections, ${analysis.document.evidence.length} evidence, ${analysis.findings.length} findings`);
    console.log(`  analyze, median of ${runs}:           ${both(full)}`);
    console.log(`  bare lexicon scan, median of ${runs}: ${both(bare)}`);
    console.log(`  markdownlint, median of ${lintRuns}:       ${both(markdownlint)}`);
    console.log(`  analyze / bare scan = ${(full.median / bare.median).toFixed(2)}× (fastest runs ${(full.min / bare.min).toFixed(2)}×; target ≤ 2.5×)`);
    console.log(`  markdownlint / analyze = ${(markdownlint.median / full.median).toFixed(0)}× (target ≥ 50×)`);
    if (size === 20_000) console.log(`  20 KB under 0.6 ms: median ${full.median < 0.6 ? 'yes' : 'no'}, fastest ${full.min < 0.6 ? 'yes' : 'no'}`);
    const heap = heapMb(analyze, text);
    if (heap) console.log(`  heap: peak extra ≈ ${heap.peak.toFixed(1)} MB (target < 25 MB at 1 MB), retained result ${heap.retained.toFixed(1)} MB`);
    else console.log('  heap: run with --expose-gc (npm run bench) to measure');
  }
}

if (process.argv[2]) void main();
else {
  for (const size of ['20 KB', '1 MB']) {
    spawnSync(process.execPath, [...process.execArgv, process.argv[1], size], { stdio: 'inherit' });
  }
}
