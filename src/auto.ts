/**
 * For help centers whose article editor allows no scripts: registers the
 * elements, then turns every `<div data-pa-migration-help>` placeholder into
 * a widget, now and whenever one is added later (help centers that navigate
 * without reloading). The placeholder's own content (the FAQ as plain HTML,
 * for readers without JavaScript and for search engines) is kept, hidden.
 * @module
 */
import './define.js';
import {upgradePlaceholders} from './placeholders.js';

upgradePlaceholders(document);
// Only what was added can hold a new placeholder: no rescan of the page on every change.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof HTMLElement) upgradePlaceholders(node);
  }
}).observe(document.documentElement, {childList: true, subtree: true});

export * from './index.js';
