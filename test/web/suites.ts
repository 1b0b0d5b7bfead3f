// Every in-editor test file; both the web and the desktop entries run these.
import './setup';
import './activation.test';
import './lens.test';
import './checks.test';
import './explainer.test';
import './schema.test';
import './workspace.test';
import './security.test';
