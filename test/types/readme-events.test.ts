// Compiled by `npm run typecheck`, never run: the README's event listener,
// word for word (test/unit/readme.test.ts checks that it still is), type-checks.
import type {} from '../../src/events.js';

declare const analytics: {track(name: string, properties: Record<string, unknown>): void};

// README: events
document.addEventListener('pa-renewal-change', (event) => {
  if (event.detail) analytics.track('renewal-checked', {packs: event.detail.packs});
});
// README: end

// The same events on window and on an element, typed the same.
window.addEventListener('pa-faq-toggle', (event) => event.detail.id satisfies string);
document.body.addEventListener('pa-faq-feedback', (event) => event.detail.helpful satisfies boolean);
document.addEventListener('pa-renewal-change', (event) => event.invalidFields satisfies readonly string[]);
