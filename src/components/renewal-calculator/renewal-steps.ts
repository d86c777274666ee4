import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalStep} from './result-messages.js';

/**
 * The renewal as a list of steps down a line, plainly not to scale: each date
 * with what happens on it, and between the dates the stretches named (already
 * paid, not covered, the paid year), so that nothing is told by the drawing alone.
 */
export function renewalSteps(steps: readonly RenewalStep[]): TemplateResult {
  return html`<ol part="timeline" class="steps" aria-label=${msg('Renewal timeline', {id: 'calc.timeline.name'})}>
    ${steps.map((step) =>
      'date' in step
        ? html`<li class="step ${step.kind}"><span class="date">${step.date}</span> <span class="what">${step.text}</span></li>`
        : html`<li class="stretch ${step.kind}">${step.text}</li>`,
    )}
  </ol>`;
}
