/** The text of a document, or why it is not one. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 (a BOM is dropped, as editors do); NUL bytes mean a binary file. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, message: `binary file (NUL byte at offset ${nul}), not a text document` };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: 'not valid UTF-8 text' };
  }
}
