// Times a full analysis of generated planning documents (1 MB and 20 KB) against markdownlint (a full
// CommonMark parse, micromark inside) and against a bare lexicon scan: the floor for any vocabulary engine.
// Everything is measured as the engine ships: this file is bundled by esbuild (the extension and the CLI are
// bundles too) and each size is timed by plain Node in its own process. Not under the TypeScript loader that
// `npm run bench` starts in: its module hooks made the engine about 5 % slower and left the bare scan as it was.
// Usage: npm run bench   (the timing runs get --expose-gc, so the heap figure is measured from a clean heap)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from 'markdownlint/sync';
import { analyze } from '../src/core';
import { lexiconFor } from '../src/core/lexicon/cache';
import { generatePlanningDoc } from './benchDoc';

/** This file with everything it imports, as one module for plain Node. */
async function bundledSelf(): Promise<string> {
  const esbuild = await import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'backlog-lens-bench-')), 'bench.mjs');
  await esbuild.build({
    entryPoints: [fileURLToPath(import.meta.url)], outfile, bundle: true, platform: 'node', format: 'esm', external: ['esbuild'], logLevel: 'warning',
  });
  return outfile;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The floor: one regex pass over lower-cased words with a Map lookup each. */
function bareScan(lexicon: ReturnType<typeof lexiconFor>, text: string): number {
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

function heapMb(text: string): { peak: number; retained: number } | undefined {
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

function main(): void {
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
    const heap = heapMb(text);
    if (heap) console.log(`  heap: peak extra ≈ ${heap.peak.toFixed(1)} MB (target < 25 MB at 1 MB), retained result ${heap.retained.toFixed(1)} MB`);
    else console.log('  heap: run with --expose-gc (npm run bench) to measure');
  }
}

if (process.argv[2]) main();
else {
  void bundledSelf().then((bench) => {
    for (const size of ['20 KB', '1 MB']) spawnSync(process.execPath, ['--expose-gc', bench, size], { stdio: 'inherit' });
  });
}
