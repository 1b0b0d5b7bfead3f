// What a row of "Your workspace" says about a document: its lean as "Your document" labels it, and each role check
// it fails once, at its first finding.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze, type Finding } from '../../../src/core';
import { leanLabel } from '../../../src/core/describe';
import { failedChecks, toWorkspaceRow } from '../../../src/extension/explainer/workspaceModel';

const noLean = { none: 'No evidence', unclear: 'Too little to tell' };
const fixture = (name: string) => analyze(readFileSync(join(__dirname, '../../fixtures/ui', name), 'utf8'));
const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

describe('"Your workspace": rows', () => {
  it('lists each failed role check once, at its first finding, and leaves the lean rules to the bar', () => {
    const analysis = fixture('sprint-plan.md');
    const findings: Finding[] = [
      ...analysis.findings,
      { rule: 'story-without-value', severity: 'warning', message: 'again', range: at(40) },
      { rule: 'item-without-acceptance', severity: 'information', message: 'earlier', range: at(1) },
    ];
    const checks = failedChecks({ ...analysis, findings });
    assert.ok(analysis.findings.some((finding) => finding.rule === 'document-lean'), 'the fixture has a lean finding');
    assert.deepStrictEqual(checks.map((check) => check.rule).sort(), [...new Set(analysis.findings.map((finding) => finding.rule))].filter((rule) => !rule.endsWith('-lean')).sort());
    assert.strictEqual(checks.find((check) => check.rule === 'item-without-acceptance')?.line, 1, 'the first finding, not the first reported');
    const story = analysis.findings.find((finding) => finding.rule === 'story-without-value');
    assert.strictEqual(checks.find((check) => check.rule === 'story-without-value')?.line, story?.range.start.line);
  });

  it('gives the path, its folder, the lean and its label', () => {
    const analysis = fixture('checkout-backlog.md');
    const row = toWorkspaceRow(7, 'plans/q3/checkout-backlog.md', analysis, noLean);
    assert.deepStrictEqual(
      { id: row.id, path: row.path, folder: row.folder, lean: row.lean, pmShare: row.pmShare, label: row.label, hasEvidence: row.hasEvidence },
      { id: 7, path: 'plans/q3/checkout-backlog.md', folder: 'plans/q3', lean: analysis.document.lean, pmShare: analysis.document.pmShare, label: leanLabel(analysis.document), hasEvidence: true },
    );
    assert.strictEqual(toWorkspaceRow(0, 'backlog.md', analysis, noLean).folder, '');
    assert.strictEqual(toWorkspaceRow(0, 'notes.md', analyze(''), noLean).label, 'No evidence');
  });
});
