import * as assert from 'assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../../src/extension/escapeMarkdown';

/** A CommonMark renderer with raw HTML and bare-URL links on: stricter than VS Code's hovers, which allow neither HTML nor untrusted commands. */
const markdown = new MarkdownIt({ html: true, linkify: true });

/** The rendered HTML of one hover list item quoting `text`, and what a reader sees of it. */
function render(text: string): { html: string; seen: string } {
  const html = markdown.renderInline(`- “${escapeMarkdown(text)}” · PO how (delivery)`);
  const seen = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { html, seen };
}

const HOSTILE = [
  '<command:workbench.action.quit?>',
  '[click](command:workbench.action.terminal.new)',
  '<a href="command:workbench.action.quit">x</a>',
  '![x](command:y)',
  '[x][r]\n\n[r]: command:workbench.action.quit',
  'see https://example.com/x and www.example.com and a@b.co',
  '*bold* _em_ `code` ~~del~~ # heading \\ &amp; &#60; $(zap)',
  'line one\n[two](command:x)\r\nthree',
];

const PIECES = ['<', '>', '[', ']', '(', ')', 'command:', 'workbench.action.quit', '?', '!', '`', '*', '_', '&', '#', ';', '\\', ':', '/', 'http://', 'www.', '@', ' ', '\n', 'a', 'İ'];

describe('hover markdown: document text is escaped', () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text)} as text, with no link, image or HTML`, () => {
      const { html, seen } = render(text);
      assert.ok(!/<a |<img |<code|<em|<strong|<s>/.test(html), html);
      assert.strictEqual(seen, `- “${text.replace(/[\r\n]+/g, ' ')}” · PO how (delivery)`);
    });
  }

  it('renders any mix of Markdown syntax as the text itself', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const { html, seen } = render(text);
        assert.ok(!/<a |<img /.test(html), html);
        assert.strictEqual(seen, `- “${text.replace(/[\r\n]+/g, ' ')}” · PO how (delivery)`);
      }),
      { numRuns: 500 },
    );
  });
});
