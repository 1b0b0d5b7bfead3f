// Run by scaling.test.ts in a process of its own, so the heap the rest of the suite leaves behind does not
// weigh on the garbage collector during the large run. Prints the CPU times of the small and the large text.
import { analyze } from '../../../src/core';
import { HOSTILE_SHAPES } from '../../../scripts/hostileShapes';

/** CPU time of this process in ms (every thread, the garbage collector's included): other processes' load does not add to it. */
function time(text: string): number {
  const start = process.cpuUsage();
  analyze(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const make = HOSTILE_SHAPES[process.argv[2]];
const small = make(250_000);
const large = make(2_000_000);
// Warm up the JIT on both: a cold large run would count compilation, not the text.
time(small);
time(large);
let [smallTime, largeTime] = [Infinity, Infinity];
// The fastest of alternating runs: a busy machine only ever adds time.
for (let run = 0; run < 5; run++) {
  smallTime = Math.min(smallTime, time(small));
  largeTime = Math.min(largeTime, time(large));
}
console.log(JSON.stringify({ smallTime, largeTime }));
