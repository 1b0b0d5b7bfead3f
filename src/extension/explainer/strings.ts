import * as vscode from 'vscode';
import type { WebviewStrings } from '../../webview/protocol';

/** The explainer's short interface strings. The long prose lives, readable, in content.ts. */
export function webviewStrings(): WebviewStrings {
  const t = vscode.l10n.t;
  return {
    barLabel: t('Product Owner {0}, Product Manager {1}'),
    barEmpty: t('No evidence either way yet'),
    barUnclear: t('Too little evidence to show a lean'),
    unclearLabel: t('Too little to tell'),
    legendPo: t('Product Owner: delivery, the backlog and the Sprint'),
    legendPm: t('Product Manager: who, what and why'),
    wholeDocument: t('The whole document'),
    sectionsHeading: t('Section by section'),
    noSections: t('This document has no headings yet, so it is read as one piece.'),
    evidenceLabel: t('What tipped it'),
    noEvidence: t('Nothing in this section points either way.'),
    revealLabel: t('Go to the heading “{0}” in the editor'),
    noneTitle: t('No planning document is open'),
    noneBody: t(
      'Open a Markdown or plain-text file whose name says what it is (backlog.md, roadmap.md, a PRD) and come back here, or start a new one with a template below.',
    ),
    unsupportedBody: t('{0} is neither Markdown nor plain text, so Backlog Lens does not read it.'),
    offBody: t('{0} is not read as a planning document: its name does not match the backlogLens.include patterns. Read it anyway?'),
    analyzeButton: t('Analyze This Document'),
    workspace: {
      notScanned: t('Analyze Workspace reads every planning document of the workspace and lists them here.'),
      empty: t('Analyze Workspace found no planning documents: their names do not match the backlogLens.include patterns.'),
      count: t('{0} of {1} documents'),
      document: t('Document'),
      folder: t('Folder'),
      lean: t('Lean'),
      checks: t('Role checks it fails'),
      noChecks: t('none'),
      allLeans: t('Every lean'),
      allChecks: t('Any check'),
      noFailingCheck: t('Fails no check'),
      allFolders: t('Every folder'),
      rootFolder: t('(workspace root)'),
      leans: { po: t('Leans PO'), pm: t('Leans PM'), balanced: t('Balanced'), unclear: t('Unclear') },
      openLabel: t('Open {0}'),
      openCheckLabel: t('Open {1} at “{0}”'),
    },
    sides: { po: t('PO'), pm: t('PM') },
    concerns: { how: t('how'), who: t('who'), what: t('what'), why: t('why') },
    selfCheck: {
      empty: t('Tick the statements that are true of your week to see which way you lean.'),
      po: t('You lean Product Owner.'),
      pm: t('You lean Product Manager.'),
      both: t('You wear both hats.'),
      poExplanation: t(
        'Most of your week goes to the team and the backlog: the order of the work, items clear enough to build, the next Sprint. That is the delivery side of product work.',
      ),
      pmExplanation: t(
        'Most of your week goes to the market: the people you serve, the problem worth solving and the numbers that would prove it. That is who, what and why.',
      ),
      bothExplanation: t(
        'Your week splits between the market and the team. That is common where one person holds both jobs; see “Only one of you?” below for where to put your time.',
      ),
      tally: t('{0} of 4 Product Owner statements, {1} of 4 Product Manager statements.'),
    },
  };
}

/** Labels of the explainer's tabs, in the order of TABS. */
export function tabLabels() {
  const t = vscode.l10n.t;
  return {
    roles: t('The two roles'),
    compare: t('Side by side'),
    selfCheck: t('Which am I?'),
    nuance: t('The nuance'),
    document: t('Your document'),
    workspace: t('Your workspace'),
  };
}
