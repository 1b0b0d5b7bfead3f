// The pieces of the honest evaluation (`npm run eval`) and of calibration (`npm run train`).
import assert from 'node:assert/strict';
import { calibrationOf, fitCalibration } from '../../scripts/model/calibration';
import { isLockedTest, readCorpus } from '../../scripts/model/corpus';

describe('the locked test part', () => {
  it('is decided by the FNV-1a hash of the repository name alone (published test vectors)', () => {
    // FNV-1a 32: "a" → 0xe40c292c, "foobar" → 0xbf9cf968 (both 0 mod 4); "" → 0x811c9dc5, "b" → 0xe70c2de5 (1 mod 4).
    assert.deepEqual(['a', 'foobar', '', 'b'].map(isLockedTest), [true, true, false, false]);
  });

  it('holds about a quarter of the corpus\'s repositories', () => {
    const repos = [...new Set(readCorpus().map((item) => item.repo))];
    const share = repos.filter(isLockedTest).length / repos.length;
    assert.ok(share > 0.15 && share < 0.35, `${(share * 100).toFixed(0)}% of the repositories are locked`);
  });
});

describe('calibration', () => {
  it('recovers the scale and shift that made the targets', () => {
    const scored = Array.from({ length: 41 }, (_, i) => {
      const logOdds = (i - 20) / 4;
      return { logOdds, target: 1 / (1 + Math.exp(-(0.6 * logOdds - 0.3))), weight: 1 + (i % 3) };
    });
    const { scale, shift } = fitCalibration(scored);
    assert.ok(Math.abs(scale - 0.6) < 1e-6 && Math.abs(shift + 0.3) < 1e-6, `scale ${scale}, shift ${shift}`);
  });

  it('measures the gap between the share shown and how often it is right, bin by bin', () => {
    const shown = [
      ...Array.from({ length: 10 }, (_, i) => ({ shown: 0.85, right: i < 6 })), // 85% shown, 60% right
      ...Array.from({ length: 10 }, () => ({ shown: 0.55, right: true })), // 55% shown, all right
    ];
    const report = calibrationOf(shown);
    assert.ok(Math.abs(report.ece - (10 * 0.25 + 10 * 0.45) / 20) < 1e-12, `ECE ${report.ece}`);
    assert.deepEqual([report.confident, report.confidentRight], [10, 6]);
    assert.deepEqual(report.bins.map((bin) => bin.count), [10, 0, 0, 10, 0]);
  });
});
