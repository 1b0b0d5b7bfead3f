// Root hook of the UI suite: the shared server and browser stop once, after the last test file.
import { stop } from './workbench';

after(async function () {
  this.timeout(30_000);
  await stop();
});
