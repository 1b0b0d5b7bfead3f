// Run by scaling.test.ts in a process of its own, so the heap the rest of the suite leaves behind does not
// weigh on the garbage collector during the large run. Prints the CPU time per analysis of the small and the
// large text.
import { analyze } from '../../../src/core';
import { HOSTILE_SHAPES } from '../../../scripts/hostileShapes';

const SMALL = 250_000;
const LARGE = 2_000_000;

/**
 * CPU time of this process in ms per analysis (every thread, the garbage collector's included: other
 * processes' load does not add to it), over `times` analyses in a row. The small text is analysed as often as
 * it takes to read as much text as the large one once, and its results are kept until the last is done, so
 * both pay the same garbage collection: as much garbage, and as much result alive while it runs (the large
 * analysis keeps its own sections all through; small results dropped at once cost the collector nothing).
 */
function time(text: string, times: number): number {
  const kept: unknown[] = [];
  const start = process.cpuUsage();
  for (let run = 0; run < times; run++) kept.push(analyze(text));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

const make = HOSTILE_SHAPES[process.argv[2]];
const small = make(SMALL);
const large = make(LARGE);
const smallRuns = LARGE / SMALL;
// Warm up the JIT on both: a cold large run would count compilation, not the text.
time(small, smallRuns);
time(large, 1);
let [smallTime, largeTime] = [Infinity, Infinity];
// The fastest of seven alternating runs: a busy machine only ever adds time, and a spell of it can outlast five.
for (let run = 0; run < 7; run++) {
  smallTime = Math.min(smallTime, time(small, smallRuns));
  largeTime = Math.min(largeTime, time(large, 1));
}
console.log(JSON.stringify({ smallTime, largeTime }));
