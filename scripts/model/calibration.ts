// Calibration: the share a surface shows should mean what it says (of the sections shown at about 80 %, about
// 80 % right). Platt scaling maps a model's log-odds z to σ(scale · z + shift); both are fitted on out-of-fold
// log-odds, so they correct the confidence the model has on texts it has not seen.

export interface Calibration {
  scale: number;
  shift: number;
}

export interface Scored {
  logOdds: number;
  /** 0 for PO, 1 for PM, ½ for MIXED (or between two readers' labels). */
  target: number;
  weight: number;
}

const NEWTON_STEPS = 50;

/** The scale and shift that minimise the weighted log loss, by Newton's method from the identity. */
export function fitCalibration(scored: readonly Scored[]): Calibration {
  let [scale, shift] = [1, 0];
  for (let step = 0; step < NEWTON_STEPS; step++) {
    // Gradient and Hessian of the loss in (scale, shift).
    let [gs, gb, hss, hsb, hbb] = [0, 0, 0, 0, 0];
    for (const { logOdds: z, target, weight } of scored) {
      const p = 1 / (1 + Math.exp(-(scale * z + shift)));
      const curvature = weight * p * (1 - p);
      gs += weight * (p - target) * z;
      gb += weight * (p - target);
      hss += curvature * z * z;
      hsb += curvature * z;
      hbb += curvature;
    }
    const determinant = hss * hbb - hsb * hsb;
    if (!(determinant > 1e-12)) break;
    const ds = (hbb * gs - hsb * gb) / determinant;
    const db = (hss * gb - hsb * gs) / determinant;
    scale -= ds;
    shift -= db;
    if (Math.abs(ds) + Math.abs(db) < 1e-10) break;
  }
  return { scale, shift };
}

export interface CalibrationReport {
  /** Expected calibration error over sections with a side: |confidence − accuracy| averaged over 0.1-wide bins. */
  ece: number;
  /** Sections shown at 80 % or more for a side, and how many of them were right. */
  confident: number;
  confidentRight: number;
  bins: { from: number; count: number; confidence: number; accuracy: number }[];
}

/** `shown` is the share of the side a section is shown leaning to (0.5–1), `right` whether that side is its label. */
export function calibrationOf(verdicts: readonly { shown: number; right: boolean }[]): CalibrationReport {
  const bins = [0.5, 0.6, 0.7, 0.8, 0.9].map((from) => ({ from, count: 0, confidence: 0, accuracy: 0 }));
  for (const { shown, right } of verdicts) {
    const bin = bins[Math.min(bins.length - 1, Math.max(0, Math.floor((shown - 0.5) * 10)))];
    bin.count++;
    bin.confidence += shown;
    bin.accuracy += right ? 1 : 0;
  }
  let ece = 0;
  for (const bin of bins) {
    if (!bin.count) continue;
    ece += Math.abs(bin.confidence - bin.accuracy) / verdicts.length;
    bin.confidence /= bin.count;
    bin.accuracy /= bin.count;
  }
  const confident = verdicts.filter(({ shown }) => shown >= 0.8);
  return { ece, confident: confident.length, confidentRight: confident.filter(({ right }) => right).length, bins };
}
