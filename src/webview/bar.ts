/** The geometry of a lean bar, shared by the webview script and its unit tests. */
import type { LeanView } from './protocol';

/**
 * The bar's two segments in whole percent, PO from the left. The side the verdict leans to is rounded as its
 * label rounds it (`PO 88%` draws 88), so bar and label agree. Undefined when there is no share to draw.
 */
export function barSegments(view: Pick<LeanView, 'lean' | 'pmShare'>): { po: number; pm: number } | undefined {
  if (view.pmShare === null) return undefined;
  if (view.lean === 'po') {
    const po = Math.round((1 - view.pmShare) * 100);
    return { po, pm: 100 - po };
  }
  const pm = Math.round(view.pmShare * 100);
  return { po: 100 - pm, pm };
}
