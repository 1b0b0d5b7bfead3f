/** The explainer's HTML shell: CSP, assets, tab bar, initial state. Set once per webview; updates go by postMessage. */
import * as vscode from 'vscode';
import { TABS, type InitialState, type TabId } from '../../webview/protocol';
import { tabPanels } from './content';
import { tabLabels } from './strings';

/** Text placed in HTML: escapes everything markup could use. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A fragment built with `html`: its interpolations are already escaped. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template: every interpolated value is escaped, unless it is itself Markup (or an array of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => (out += render(value) + strings[i + 1]));
  return new Markup(out);
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * JSON for a `<script type="application/json">` block. `<` becomes `\u003c`, so a heading such as
 * `</script><script>…` stays inside the string; U+2028/2029 are escaped for old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function nonce(): string {
  const bytes = new Uint8Array(18);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentSecurityPolicy(webview: vscode.Webview, scriptNonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${scriptNonce}'`,
  ].join('; ');
}

export function buildHtml(webview: vscode.Webview, media: vscode.Uri, initial: InitialState): string {
  const scriptNonce = nonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(media, ...path)).toString();
  const labels = tabLabels();
  const tab = (id: TabId) => html`<button type="button" role="tab" id="tab-${id}" class="tab" aria-controls="panel-${id}"
      aria-selected="${id === initial.tab}" tabindex="${id === initial.tab ? 0 : -1}">${labels[id]}</button>`;
  return html`<!DOCTYPE html>
<html lang="${vscode.env.language || 'en'}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview, scriptNonce)}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('explainer.css')}">
  <title>${vscode.l10n.t('Product Owner or Product Manager?')}</title>
</head>
<body>
  <header class="masthead">
    <h1>${vscode.l10n.t('Product Owner or Product Manager?')}</h1>
    <p class="lede">${vscode.l10n.t('Two roles that both chase value: one from the team outwards, one from the market inwards.')}</p>
    <div role="tablist" class="tabs" aria-label="${vscode.l10n.t('Explainer sections')}">${TABS.map(tab)}</div>
  </header>
  <main>${tabPanels(initial.tab)}</main>
  <script type="application/json" id="initial-state">${new Markup(scriptJson(initial))}</script>
  <script nonce="${scriptNonce}" src="${asset('dist', 'explainer.js')}"></script>
</body>
</html>`.value;
}
