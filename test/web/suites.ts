// Every in-editor test file; both the web and the desktop entries run these.
import './activation.test';
import './lens.test';
import './explainer.test';
