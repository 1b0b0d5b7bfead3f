// The `backlog-lens` executable (bundled to dist/cli.js). All logic lives in run.ts, testable with an injected IO.
import { nodeFileSystem } from './io';
import { run } from './run';

// A reader that stops early (`backlog-lens check | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, fs: nodeFileSystem })
  .then((code) => {
    // Set the code and let Node exit once stdout has drained: process.exit() could cut piped output short.
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`backlog-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
