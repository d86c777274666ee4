// The FAQ and the widget registered, and nothing exported: what the browser
// files load after the first paint. The calculator comes on its own, when a
// reader may use it (calculator-on-demand.ts). Importing ../define.js would
// register it at once, and keep the package's whole public API in the chunk,
// since the bundler cannot see that the loader uses none of it.
import '../components/migration-faq/migration-faq.js';
import {MigrationHelpElement} from '../components/migration-help/migration-help.component.js';
import {defineElement} from '../internal/define-element.js';
import {TAGS} from '../internal/elements.js';

defineElement(TAGS.help, MigrationHelpElement);
