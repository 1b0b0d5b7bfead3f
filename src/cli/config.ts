import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, parseConfigText, type LensConfig } from '../core';
import { MAX_CONFIG_BYTES } from '../core/config/defaults';
import { describeError, type FileSystem } from './io';
import { decodeDocument } from './read';
import { isInside } from './files';

export type LoadedConfig =
  | { ok: true; config: LensConfig; problems: string[]; file: string | undefined; base: string }
  | { ok: false; file: string; message: string };

/**
 * `--config <file>` when given (it must exist), otherwise `.backlog-lens.json` in `cwd` when present, otherwise
 * the defaults. Problems inside the file are returned, not fatal: the rest of it applies. Only a regular file
 * of at most MAX_CONFIG_BYTES is read; the implicit one only when it really lies inside `cwd` (a repository's
 * symbolic link to a file elsewhere is refused).
 */
export function loadConfig(explicit: string | undefined, cwd: string, fs: FileSystem): LoadedConfig {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  const failed = (reason: string): LoadedConfig => ({ ok: false, file, message: `cannot read the config file: ${reason}` });
  let bytes: Uint8Array;
  try {
    if (explicit === undefined && !isInside(fs.realpath(file), fs.realpath(cwd))) return failed('it is a symbolic link to a file outside this folder, not read');
    bytes = fs.readFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (explicit === undefined && code === 'ENOENT') return { ok: true, config: defaultConfig(), problems: [], file: undefined, base: cwd };
    return failed(describeError(error));
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return failed(decoded.message);
  return { ok: true, ...parseConfigText(decoded.text), file, base: path.dirname(file) };
}
