import {html, nothing, svg, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {formatCalendarDate, type RenewalResult} from '../../core/index.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {TIMELINE_WIDTH, timelineLayout, type TimelineSpan} from './timeline-layout.js';

/**
 * The renewal as a picture, so that "the paid year is added, not lost" is
 * seen at a glance. The result sentences beside it say the same in words, so
 * its text alternative only names it.
 */
export function renewalTimeline(r: RenewalResult): TemplateResult {
  const {spans, marks} = timelineLayout(r);
  // Right to left, the line runs the other way; text-anchor follows the direction by itself.
  const x = (at: number) => (activeDirection() === 'rtl' ? TIMELINE_WIDTH - at : at);
  const spanLabel = (span: TimelineSpan | undefined, text: string) =>
    span ? svg`<text class="span-label" x=${x((span.from + span.to) / 2)} y="12" text-anchor="middle">${text}</text>` : nothing;
  return html`<svg part="timeline" class="timeline" viewBox="0 0 ${TIMELINE_WIDTH} 70" role="img"
    aria-label=${msg('Renewal timeline', {id: 'calc.timeline.name'})}>
    ${spans.map((span) => svg`<line class=${span.kind} x1=${x(span.from)} x2=${x(span.to)} y1="26" y2="26" />`)}
    ${marks.map((mark) => svg`<line class="tick" x1=${x(mark.x)} x2=${x(mark.x)} y1="18" y2=${mark.row ? 54 : 38} />`)}
    ${
      // After every tick: a label's halo hides the lower row's ticks behind it.
      marks.map(
        (mark) => svg`<text x=${x(mark.x)} y=${mark.row ? 66 : 50} text-anchor=${mark.anchor}>
          ${mark.date ? formatCalendarDate(mark.date, activeLocale(), 'medium') : msg('Today', {id: 'calc.timeline.today'})}
        </text>`,
      )
    }
    ${spanLabel(spans.find((span) => span.kind === 'lapsed'), msg('Expired', {id: 'calc.timeline.expired'}))}
    ${spanLabel(spans.find((span) => span.kind === 'paid'), msg('+1 year', {id: 'calc.timeline.paid-year'}))}
  </svg>`;
}
