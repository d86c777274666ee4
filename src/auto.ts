/**
 * For help centers whose article editor allows no scripts: registers the
 * elements, then turns every `<div data-pa-migration-help>` placeholder into
 * a widget, now and whenever one appears later (help centers that navigate
 * without reloading). The placeholder's own content (the FAQ as plain HTML,
 * for readers without JavaScript and for search engines) is kept, hidden.
 * @module
 */
import {isServer} from 'lit';
import './define.js';
import {watchPlaceholders} from './placeholders.js';

// A server imports this entry too (a framework's server render): no page there.
if (!isServer) watchPlaceholders(document);

export * from './index.js';
