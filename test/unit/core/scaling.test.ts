import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import { HOSTILE_SHAPES } from '../../../scripts/hostileShapes';

/**
 * Analysis time grows with the text, not faster, on the shapes that once made it grow faster (issue 17): eight
 * times the text may cost at most twelve times the time. A ratio of CPU times, so a slow or busy machine does not
 * fail it.
 */
describe('analysis time is linear in the text', function () {
  this.timeout(120_000);
  for (const shape of Object.keys(HOSTILE_SHAPES)) {
    it(`on ${shape}`, () => {
      const output = execFileSync(process.execPath, ['--import', 'tsx', 'test/unit/core/scalingRun.ts', shape], { encoding: 'utf8' });
      const { smallTime, largeTime } = JSON.parse(output) as { smallTime: number; largeTime: number };
      const ratio = largeTime / smallTime;
      assert.ok(ratio < 12, `2 MB took ${largeTime.toFixed(0)} ms, ${ratio.toFixed(1)}× the ${smallTime.toFixed(0)} ms of 250 KB`);
    });
  }
});
