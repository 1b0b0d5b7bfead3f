/**
 * Document text as Markdown that reads as itself. Every ASCII punctuation character is backslash-escaped, which
 * CommonMark makes literal, so no link, autolink (`<command:…>`), HTML, emphasis or entity can form; line breaks
 * become spaces. (`appendText` leaves `<` and `:` as they are.) No vscode import: unit tests render it.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
