import * as assert from 'assert';
import { decodeDocument } from '../../../src/cli/read';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('cli: decodeDocument', () => {
  it('decodes UTF-8, astral characters included', () => {
    assert.deepStrictEqual(decodeDocument(utf8('# Ziele 🎯\nKunden')), { ok: true, text: '# Ziele 🎯\nKunden' });
  });

  it('drops a byte order mark, as editors do', () => {
    assert.deepStrictEqual(decodeDocument(bytes(0xef, 0xbb, 0xbf, 0x23, 0x20, 0x41)), { ok: true, text: '# A' });
  });

  it('calls a file with a NUL byte binary and says where', () => {
    const result = decodeDocument(bytes(0x23, 0x20, 0x00, 0x41));
    assert.deepStrictEqual(result, { ok: false, message: 'binary file (NUL byte at offset 2), not a text document' });
  });

  it('refuses invalid UTF-8 rather than guessing', () => {
    for (const bad of [bytes(0x41, 0xff), bytes(0xc3), bytes(0xed, 0xa0, 0x80) /* an encoded surrogate */]) {
      assert.deepStrictEqual(decodeDocument(bad), { ok: false, message: 'not valid UTF-8 text' });
    }
  });

  it('takes an empty file as an empty document', () => {
    assert.deepStrictEqual(decodeDocument(bytes()), { ok: true, text: '' });
  });
});
