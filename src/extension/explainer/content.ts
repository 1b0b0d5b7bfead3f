/**
 * The explainer's teaching text, one function per tab. The prose is written for this project from the facts in
 * the domain notes (the Tacit Edge article's framing, the Scrum Guide 2020, Scrum.org, the usual histories of
 * brand management); only the short, marked quotations are the Scrum Guide's own words (CC BY-SA 4.0, attributed
 * in "The nuance"). Every tab speaks with one voice: the Product Owner answers for value through the backlog, and
 * the lens files that under delivery; "The nuance" says where Scrum draws the lines.
 * Headings, labels and the self-check go through vscode.l10n.t; the paragraphs stay here, readable as a page.
 */
import * as vscode from 'vscode';
import type { Side } from '../../core/types';
import { TEMPLATE_BUTTONS, type TabId, type TemplateButtonId } from '../../webview/protocol';
import { html, type Markup } from './html';
import { ARTICLE } from './sources';
import { tabLabels } from './strings';

export interface Statement {
  id: string;
  side: Side;
  text: string;
}

/** The "Which am I?" statements: four from a Product Owner's week, four from a Product Manager's, interleaved. */
export function statements(): Statement[] {
  const t = vscode.l10n.t;
  return [
    { id: 'team-daily', side: 'po', text: t('Most days I spend time with the developers, answering questions about the work in progress.') },
    { id: 'customers', side: 'pm', text: t('I talk with customers or users, or dig through research about them, to find problems worth solving.') },
    { id: 'ordering', side: 'po', text: t('I decide the order of the backlog and can explain why one item comes before another.') },
    { id: 'success', side: 'pm', text: t('I define what success looks like for the product and which numbers will show it.') },
    { id: 'refining', side: 'po', text: t('I write and refine backlog items until the team can pick them up in a Sprint.') },
    { id: 'market', side: 'pm', text: t('I keep track of the market: competitors, pricing, and why now is the moment.') },
    { id: 'sprints', side: 'po', text: t('I take part in Sprint Planning, refinement and the Sprint Review.') },
    { id: 'strategy', side: 'pm', text: t('I agree business objectives and strategy with leadership, sales or marketing.') },
  ];
}

function templateLabels(): Record<TemplateButtonId, string> {
  const t = vscode.l10n.t;
  return { goal: t('Insert a Product Goal'), item: t('Insert a Product Backlog item'), story: t('Insert a user story') };
}

/** A plain link: VS Code's webview host opens web links in the browser, outside the workbench. */
function articleLink(): Markup {
  return html`<a href="${ARTICLE.url}"><cite>${ARTICLE.title}</cite></a>`;
}

function panel(id: TabId, selected: TabId, body: Markup): Markup {
  return html`<section role="tabpanel" id="panel-${id}" class="panel" aria-labelledby="tab-${id}" tabindex="0"${selected === id ? '' : html` hidden`}>${body}</section>`;
}

export function tabPanels(selected: TabId): Markup {
  return html`${panel('roles', selected, roles())}${panel('compare', selected, compare())}${panel('selfCheck', selected, selfCheck())}${panel(
    'nuance',
    selected,
    nuance(),
  )}${panel('document', selected, yourDocument())}${panel('workspace', selected, yourWorkspace())}`;
}

function roles(): Markup {
  const t = vscode.l10n.t;
  return html`
<h2 id="product-owner"><span class="badge po" aria-hidden="true">PO</span> ${t('The Product Owner')}</h2>
<p>The Product Owner is an accountability defined by Scrum, alongside the Developers and the Scrum Master.
Ken Schwaber and Jeff Sutherland first presented Scrum in 1995, and both were among the seventeen software
practitioners who wrote the Agile Manifesto in 2001, which made the case for shipping small pieces and learning
along the way, rather than building for a year and releasing once. Their Scrum Guide, first published in 2010,
defines the role.</p>
<p>In the Scrum Guide, the Product Owner answers for getting as much value as possible out of what the Scrum Team
builds, and for managing the Product Backlog well. That management has four parts:</p>
<ol>
  <li>Shaping the <strong>Product Goal</strong> and saying it plainly, so the whole team knows what it is aiming at.</li>
  <li>Writing <strong>Product Backlog items</strong> and making sure their meaning is clear.</li>
  <li>Putting those items in <strong>order</strong>.</li>
  <li>Keeping the Product Backlog <strong>in the open</strong>: anyone can find it, read it and make sense of it.</li>
</ol>
<h3>${t('Where the attention goes')}</h3>
<p>Value, through the backlog. The Product Owner answers for what the product is worth and for the Product Goal,
and does most of that work in the Product Backlog, close to the team: what comes next, in what order, and whether
each item is clear enough to build. That is why this explainer, like much of the industry, puts the Product Owner
on the delivery side. How the work itself gets done within a Sprint is the Developers’ call
(${html`<a href="#panel-nuance" data-tab="nuance">${tabLabels().nuance}</a>`}).</p>
<h3>${t('A Product Owner’s week')}</h3>
<ul>
  <li>Time with the developers most days, clearing up what an item means.</li>
  <li>Refinement: splitting large items, sharpening acceptance criteria, reordering.</li>
  <li>Sprint Planning, the Sprint Review and the conversations between them.</li>
</ul>

<h2 id="product-manager"><span class="badge pm" aria-hidden="true">PM</span> ${t('The Product Manager')}</h2>
<p>Product management is older than software. Its start is usually dated to 1931, when Neil McElroy, then in the
advertising department of Procter &amp; Gamble, wrote a memo proposing a “brand man”: one person answerable for a
single brand’s success, from how it sold to what the product was and how it was promoted. Hewlett-Packard is often
credited with the next step, making the Product Manager the customer’s advocate inside the company, in charge of a
product from development through manufacturing to marketing. Toyota belongs to a neighbouring story: its
continuous-improvement practice changed manufacturing, and its chief engineer (<i lang="ja">shusa</i>), who leads
a whole vehicle from concept to production, is often cited as a forerunner of the Product Manager in product
development. Today Product Managers run products at Amazon, Google, Microsoft and nearly every technology
company.</p>
<p>A Product Manager spots a need that customers have and an objective the business has, and ties the two together.
They spell out what success would look like and how anyone would know, then give teams from several disciplines
what they need to make that picture real, through products, services and the people behind them.</p>
<h3>${t('Where the attention goes')}</h3>
<p>The market, in three questions: <em>who</em> the product is for, <em>what</em> those people need, and
<em>why</em> it matters to them and to the business.</p>
<ul>
  <li><strong>Customers first</strong>: decisions start from the people being served.</li>
  <li><strong>Outcomes</strong>: a change in what customers do or the business earns, not a count of features shipped.</li>
  <li><strong>Empowered teams</strong>: people who understand the problem choose how to solve it.</li>
</ul>
<h3>${t('A Product Manager’s week')}</h3>
<ul>
  <li>Interviews, research and usage data, looking for the problem worth solving next.</li>
  <li>Watching competitors and the market, and working out why now is the right time.</li>
  <li>Agreeing objectives and success measures with leadership, sales and marketing.</li>
</ul>
<p class="aside">In one line: the Product Manager came out of marketing and the Product Owner out of software
development. Both pursue value; the Owner leans towards delivery, the Manager towards the market.</p>`;
}

function compare(): Markup {
  const t = vscode.l10n.t;
  const rows: [string, string, string][] = [
    [
      t('Comes from'),
      'Scrum and agile software development, in the spirit of the 2001 Agile Manifesto.',
      'Brand management, traced to Procter & Gamble in 1931, then Hewlett-Packard; Toyota’s chief engineer is an often-cited forerunner.',
    ],
    [t('Faces'), 'The team and the Product Backlog: delivery.', 'Customers, the market and the business.'],
    [t('Answers'), 'What should the team build next, and in what order, to reach the Product Goal?', 'Who is it for, what do they need, and why does it matter now?'],
    [
      t('Daily work'),
      'Refining and ordering backlog items, answering the developers’ questions, Sprint events.',
      'Research, customer conversations, metrics, strategy with stakeholders.',
    ],
    [
      t('Typical artefacts'),
      'Product Goal, Product Backlog items, user stories with acceptance criteria, Sprint Goal, Definition of Done.',
      'Problem brief, opportunity assessment, PR/FAQ, Lean Canvas, OKRs, success metrics.',
    ],
  ];
  return html`
<h2>${t('Side by side')}</h2>
<table class="compare">
  <caption>${t('The two roles compared, as the industry usually frames them')}</caption>
  <thead><tr><td></td><th scope="col">${t('Product Owner')}</th><th scope="col">${t('Product Manager')}</th></tr></thead>
  <tbody>${rows.map(([label, po, pm]) => html`<tr><th scope="row">${label}</th><td>${po}</td><td>${pm}</td></tr>`)}</tbody>
</table>
<p class="aside">Scrum itself draws one line differently: the <em>how</em> of a Sprint belongs to the Developers.
See ${html`<a href="#panel-nuance" data-tab="nuance">${tabLabels().nuance}</a>`}.</p>`;
}

function selfCheck(): Markup {
  const t = vscode.l10n.t;
  return html`
<h2>${t('Which am I?')}</h2>
<p>Think of an ordinary week. Tick each statement that describes it. Your answers stay in this panel: nothing is
sent anywhere.</p>
<fieldset class="self-check">
  <legend>${t('True of my week')}</legend>
  ${statements().map(
    (s) => html`<div class="statement"><input type="checkbox" id="check-${s.id}" data-side="${s.side}" value="${s.id}"><label for="check-${s.id}">${s.text}</label></div>`,
  )}
</fieldset>
<div class="result" id="self-check-result" role="status" aria-live="polite">
  <p class="result-lean" id="self-check-lean"></p>
  <p class="result-explanation" id="self-check-explanation"></p>
  <p class="result-tally" id="self-check-tally"></p>
</div>
<button type="button" class="secondary" id="self-check-clear">${t('Clear my answers')}</button>

<h2 id="only-one">${t('Only one of you?')}</h2>
<p>Plenty of companies have one of the two roles and not the other, and one person ends up carrying both. The
article this explainer follows, ${articleLink()}, recommends taking the Product Manager’s path in that case: give most of your time
to who the product serves, what they need and why it matters, and trust a motivated team that understands the
problem to look after its own backlog.</p>
<p>That does not make the backlog anyone’s afterthought. It means the team gets the problem, the goal and the
measure of success from you, and shapes the work itself.</p>`;
}

function nuance(): Markup {
  const t = vscode.l10n.t;
  return html`
<h2>${t('The nuance')}</h2>
<p>The picture on the other tabs, with the Product Manager facing the market and the Product Owner facing the
team and the backlog, is the way much of the industry describes the two jobs, and scaled frameworks such as SAFe
split them the same way. Scrum practitioners accept that the Product Owner answers for value and the Product Goal,
as the other tabs say, and push back on three points.</p>
<ul>
  <li><strong>The how belongs to the Developers.</strong> The Scrum Guide leaves the way a Sprint’s work gets done
  to the people doing it: <q>How this is done is at the sole discretion of the Developers.</q>
  <cite>(The Scrum Guide, 2020)</cite> A Product Owner who steers the how has stepped outside the role as Scrum
  defines it.</li>
  <li><strong>The Product Owner owns a lot of the what.</strong> In the Guide, the Product Goal sits in the
  Product Backlog and the rest of the backlog <q>emerges to define “what” will fulfill the Product Goal</q>
  <cite>(The Scrum Guide, 2020)</cite>.</li>
  <li><strong>A title and an accountability are different things.</strong> Scrum.org describes Product Manager as
  a job title and Product Owner as an accountability within a Scrum Team, so one person can hold the title and
  carry the accountability at once.</li>
</ul>
<p>Backlog Lens uses the market-versus-delivery framing because it helps a writer notice which hat a section was
written in. Read its verdicts as a prompt to think, not as a ruling on anyone’s job.</p>
<h3>${t('Sources')}</h3>
<ul class="sources">
  <li>Tacit Edge, ${articleLink()} (blog post): the framing used here for the roles, their origins and the advice
  for a company with only one of them.</li>
  <li>Ken Schwaber and Jeff Sutherland, <cite>The Scrum Guide</cite>, November 2020,
  <a href="https://scrumguides.org/scrum-guide.html">scrumguides.org</a>. The quotations above are unchanged
  extracts, used under the
  <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0</a>
  licence.</li>
  <li>Scrum.org, on Product Owner as an accountability and Product Manager as a job title.</li>
</ul>`;
}

function yourDocument(): Markup {
  const t = vscode.l10n.t;
  const labels = templateLabels();
  return html`
<h2>${t('Your document')}</h2>
<p>How the planning document you last worked on leans, as a whole and section by section. Bars show how likely
each side is by the lens's model, measured on teams it never saw: of the sections shown at about 80%, about eight
in ten lean that way. A lean under 67% is marked weak. Select a section to jump to its heading.</p>
<div id="document-view" class="document-view"></div>
<h3>${t('Start from a template')}</h3>
<p>${t('Inserts at the cursor of the editor you used last, or in a new document when there is none.')}</p>
<div class="template-buttons">${TEMPLATE_BUTTONS.map(
    (id) => html`<button type="button" data-template="${id}">${labels[id]}</button>`,
  )}</div>`;
}

function yourWorkspace(): Markup {
  const t = vscode.l10n.t;
  return html`
<h2>${t('Your workspace')}</h2>
<p>Every planning document of the workspace with its lean and the role checks it fails. Sort by a column, filter by
lean, check or folder, and select a document or a check to open it there.</p>
<p><button type="button" id="analyze-workspace">${t('Analyze Workspace')}</button></p>
<div id="workspace-view" class="workspace-view"></div>`;
}
