import * as fs from 'node:fs';

/** The few file-system calls the CLI makes, injectable for tests. Each throws a Node-style error (`code`) on failure. */
export interface FileSystem {
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  readdir(path: string): { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[];
  /** A regular file's bytes, at most `maxBytes` of them; anything else (a device, a pipe, a larger file) throws. */
  readFile(path: string, maxBytes: number): Uint8Array;
  realpath(path: string): string;
}

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything `run` touches outside itself. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  fs: FileSystem;
}

export const nodeFileSystem: FileSystem = {
  stat: (path) => fs.statSync(path),
  readdir: (path) => fs.readdirSync(path, { withFileTypes: true }),
  readFile: readRegularFile,
  realpath: (path) => fs.realpathSync(path),
};

/** The error a read that would not end (a device, a pipe) or that is over its limit throws; `describeError` words it. */
export class FileRefused extends Error {
  constructor(readonly code: 'ENOTREG' | 'EFBIG', readonly size = 0) {
    super(code);
  }
}

/**
 * Opens without blocking (a FIFO with no writer would hang `open`), then checks the opened file itself, so
 * nothing can be swapped in between: only a regular file is read, and never past `maxBytes` (`/dev/zero`,
 * a file growing while read).
 */
function readRegularFile(path: string, maxBytes: number): Uint8Array {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw new FileRefused('ENOTREG');
    if (stats.size > maxBytes) throw new FileRefused('EFBIG', stats.size);
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length;) length += read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new FileRefused('EFBIG', length);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** A short reason for a failed file-system call: `no such file`, `permission denied`, or the error's own message. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTREG': return 'not a regular file (a device, a pipe or a socket), not read';
    case 'EFBIG': return `too large (${(error as FileRefused).size} bytes), not read`;
    default: return error instanceof Error ? error.message : String(error);
  }
}
