import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, parseConfigText, type LensConfig } from '../core';
import { describeError, type FileSystem } from './io';
import { decodeDocument } from './read';

export type LoadedConfig =
  | { ok: true; config: LensConfig; problems: string[]; file: string | undefined; base: string }
  | { ok: false; file: string; message: string };

/**
 * `--config <file>` when given (it must exist), otherwise `.backlog-lens.json` in `cwd` when present, otherwise
 * the defaults. Problems inside the file are returned, not fatal: the rest of it applies.
 */
export function loadConfig(explicit: string | undefined, cwd: string, fs: FileSystem): LoadedConfig {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (explicit === undefined && code === 'ENOENT') return { ok: true, config: defaultConfig(), problems: [], file: undefined, base: cwd };
    return { ok: false, file, message: `cannot read the config file: ${describeError(error)}` };
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, file, message: `cannot read the config file: ${decoded.message}` };
  return { ok: true, ...parseConfigText(decoded.text), file, base: path.dirname(file) };
}
