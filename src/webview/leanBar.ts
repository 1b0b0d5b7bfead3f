/** The lean bar of "Your document" and "Your workspace": PO share from the left, PM share to the right. */
import { barSegments } from './bar';
import type { LeanView, WebviewStrings } from './protocol';

const SVG = 'http://www.w3.org/2000/svg';

export const format = (template: string, ...values: (string | number)[]) => template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));

/** SVG attributes, so no inline styles; the colours come from the stylesheet (`rect.po`, `rect.pm`). */
export function leanBar(view: Pick<LeanView, 'lean' | 'pmShare'>, hasEvidence: boolean, strings: WebviewStrings, className = 'bar'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', '0 0 100 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  const rect = (side: string, x: number, width: number) => {
    const r = document.createElementNS(SVG, 'rect');
    r.setAttribute('class', side);
    r.setAttribute('x', String(x));
    r.setAttribute('y', '0');
    r.setAttribute('width', String(width));
    r.setAttribute('height', '10');
    svg.appendChild(r);
  };
  const segments = barSegments(view);
  if (!segments) {
    svg.setAttribute('aria-label', hasEvidence ? strings.barUnclear : strings.barEmpty);
    rect('none', 0, 100);
  } else {
    svg.setAttribute('aria-label', format(strings.barLabel, `${segments.po}%`, `${segments.pm}%`));
    rect('po', 0, segments.po);
    rect('pm', segments.po, segments.pm);
  }
  return svg;
}
