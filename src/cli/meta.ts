import manifest from '../../package.json';

interface Manifest {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const info = manifest as Manifest;

export const TOOL_NAME = 'backlog-lens';
export const VERSION = info.version;

/** The project's repository address (package.json `repository`, else `homepage`), without `git+`, `.git` or `#…`. */
export const PROJECT_URL: string | undefined = (() => {
  const repository = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  const url = repository ?? info.homepage;
  return url?.replace(/^git\+/, '').replace(/#.*$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
})();
