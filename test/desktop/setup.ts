// Root hook of the Node extension host suite: the browser closes once, after the last test file.
import { closeBrowser } from './workbench';

after(async function () {
  this.timeout(30_000);
  await closeBrowser();
});
