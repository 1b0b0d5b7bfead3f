import * as assert from 'assert';
import { analyze } from '../../../src/core';
import { HOSTILE_SHAPES } from '../../../scripts/hostileShapes';

/** CPU time of this process in ms (every thread, the garbage collector's included): other processes' load does not add to it. */
function time(text: string): number {
  const start = process.cpuUsage();
  analyze(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Analysis time grows with the text, not faster, on the shapes that once made it grow faster (issue 17): eight
 * times the text may cost at most twelve times the time. A ratio of CPU times, the fastest of alternating runs, so
 * a slow or busy machine does not fail it.
 */
describe('analysis time is linear in the text', function () {
  this.timeout(120_000);
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
    it(`on ${shape}`, () => {
      const small = make(250_000);
      const large = make(2_000_000);
      time(small); // warm up the JIT
      let [smallTime, largeTime] = [Infinity, Infinity];
      for (let run = 0; run < 3; run++) {
        smallTime = Math.min(smallTime, time(small));
        largeTime = Math.min(largeTime, time(large));
      }
      const ratio = largeTime / smallTime;
      assert.ok(ratio < 12, `2 MB took ${largeTime.toFixed(0)} ms, ${ratio.toFixed(1)}× the ${smallTime.toFixed(0)} ms of 250 KB`);
    });
  }
});
