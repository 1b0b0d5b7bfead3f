// What "Your document" draws for a verdict, on constructed analyses: the label and the bar must tell one story.
import * as assert from 'assert';
import { toDocumentState } from '../../../src/extension/explainer/model';
import { barSegments } from '../../../src/webview/bar';
import type { Analysis, Lean, Section, Verdict } from '../../../src/core/types';
import { item, verdict } from '../constructed';
import type { DocumentState, LeanView } from '../../../src/webview/protocol';

const noLean = { none: 'No evidence', unclear: 'Too little to tell' };

function section(heading: string, line: number, of: Verdict): Section {
  const at = { start: { line, character: 2 }, end: { line, character: 2 + heading.length } };
  return { ...of, heading, level: 2, headingRange: at, range: at };
}

function view(document: Verdict, sections: Section[] = []): Extract<DocumentState, { status: 'ready' }> {
  const analysis: Analysis = { document, sections, findings: [], optIn: undefined, expect: undefined };
  const state = toDocumentState('backlog.md', 1, analysis, noLean);
  assert.strictEqual(state.status, 'ready');
  return state;
}

/** The side and whole percent a label such as `PO 88% · how` claims, if any. */
const claimed = (label: string) => /^(PO|PM) (\d+)%/.exec(label) ?? /^Balanced · (PM) (\d+)%/.exec(label);

describe('"Your document": labels and bars', () => {
  it('shows no share and no coloured bar for a section with too little evidence, beside a document with a clear lean', () => {
    const thin = section('Checkout team: Product Backlog', 0, verdict('unclear', [item('Product Backlog', 'product backlog', 'po', 3)], null));
    const sprint = section('Sprint 14', 2, verdict('po', [item('sprint', 'sprint', 'po', 4), item('estimate', 'estimate', 'po', 3)], 0));
    const state = view(verdict('po', [...thin.evidence, ...sprint.evidence], 0), [thin, sprint]);
    const [thinView, sprintView] = state.sections;
    assert.strictEqual(thinView.label, 'Too little to tell');
    assert.doesNotMatch(thinView.label, /%/);
    assert.strictEqual(barSegments(thinView), undefined, 'an unclear verdict draws no PO or PM segment');
    assert.deepStrictEqual(barSegments(sprintView), { po: 100, pm: 0 });
    assert.match(state.document.label, /^PO 100%/);
  });

  it('draws nothing either way without evidence', () => {
    const state = view(verdict('unclear', [], null));
    assert.strictEqual(state.document.label, 'No evidence');
    assert.strictEqual(barSegments(state.document), undefined);
  });

  it('rounds the bar as the label rounds it, for every share and lean', () => {
    for (let pmWeight = 0; pmWeight <= 40; pmWeight++) {
      const pmShare = pmWeight / 40; // 0.125, 0.375 …: halves that two roundings would split differently
      const lean: Lean = Math.abs(pmShare - 0.5) <= 0.12 ? 'balanced' : pmShare > 0.5 ? 'pm' : 'po';
      const evidence = [item('backlog', 'backlog', 'po', 40 - pmWeight), item('customer', 'customer', 'pm', pmWeight)].filter((e) => e.weight > 0);
      const shown: LeanView = view(verdict(lean, evidence, pmShare)).document;
      const match = claimed(shown.label);
      assert.ok(match, `${shown.label} claims a share`);
      const segments = barSegments(shown);
      assert.ok(segments);
      assert.strictEqual(segments.po + segments.pm, 100);
      assert.strictEqual(match[1] === 'PO' ? segments.po : segments.pm, Number(match[2]), `${shown.label} vs ${JSON.stringify(segments)}`);
    }
  });

  it('lists one piece of evidence per term: "customer" and "customers" are one', () => {
    const evidence = [item('customers', 'customer', 'pm', 3), item('sprint', 'sprint', 'po', 2), item('Customer', 'customer', 'pm', 2)];
    const state = view(verdict('balanced', evidence, 0.5), [section('Who', 0, verdict('balanced', evidence, 0.5))]);
    for (const shown of [state.document, state.sections[0]]) {
      assert.deepStrictEqual(shown.evidence.map((e) => e.phrase), ['customers', 'sprint']);
    }
  });

  it('names a structural cue instead of showing its marker', () => {
    const evidence = [item('[ ]', 'task checkbox', 'po', 3), item('sprint', 'sprint', 'po', 2)];
    const shown = view(verdict('po', evidence, 0.1)).document;
    assert.deepStrictEqual(shown.evidence.map(({ phrase, cue }) => ({ phrase, cue })), [{ phrase: 'task checkbox', cue: true }, { phrase: 'sprint', cue: false }]);
  });
});
