import * as fs from 'node:fs';

/** The few file-system calls the CLI makes, injectable for tests. Each throws a Node-style error (`code`) on failure. */
export interface FileSystem {
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  readdir(path: string): { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[];
  readFile(path: string): Uint8Array;
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
  readFile: (path) => fs.readFileSync(path),
};

/** A short reason for a failed file-system call: `no such file`, `permission denied`, or the error's own message. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return error instanceof Error ? error.message : String(error);
  }
}
