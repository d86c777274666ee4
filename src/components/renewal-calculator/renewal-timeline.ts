import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import {formatDate} from '../../localization/formats.js';
import {activeDirection} from '../../localization/localization.js';
import {timelineLayout, type TimelineLayout, type TimelineMark, type TimelineSpan} from './timeline-layout.js';

// The drawings are not scaled (no viewBox): their text keeps the font size the
// styles give it, at any width. Lengths are in the labels' em.

/** Across: the line's ends, in per cent of the width, so that it fits any width. */
const ACROSS_MARGIN = 1;
/**
 * Across: the rows from the top: the stretches' labels, the line, the two rows
 * of dates. The rows are 1.5em apart, taller than a line of CJK text.
 */
const ACROSS = {spanLabel: 1, line: 1.9, tickTop: 1.4, rows: [3.3, 4.8], rowTops: [2.4, 3.9], height: 5.2};

/** Down: distances from the start side (the line, the dates, the stretches' labels, indented), the top margin, one year. */
const DOWN = {line: 0.75, tick: 0.45, label: 1.75, spanLabel: 2.5, top: 0.75, year: 5.5};

/**
 * The renewal as a picture, so that "the paid year is added, not lost" is
 * seen at a glance. The result sentences beside it say the same in words, so
 * its text alternative only names it.
 *
 * It is drawn twice: across, and down for containers too narrow for the dates
 * side by side; the styles show the one that fits (a container query), so the
 * labels reflow instead of shrinking.
 */
export function renewalTimeline(r: RenewalResult): TemplateResult {
  const layout = timelineLayout(r);
  return html`<div part="timeline" class="timeline" role="img" aria-label=${msg('Renewal timeline', {id: 'calc.timeline.name'})}>
    ${across(layout)} ${down(layout)}
  </div>`;
}

const markLabel = (mark: TimelineMark) => (mark.date ? formatDate(mark.date, 'medium') : msg('Today', {id: 'calc.timeline.today'}));

/** The label of a stretch that has one. */
function spanLabel(span: TimelineSpan): string | undefined {
  if (span.kind === 'lapsed') return msg('Expired', {id: 'calc.timeline.expired'});
  if (span.kind === 'paid') return msg('+1 year', {id: 'calc.timeline.paid-year'});
  return undefined;
}

/** Draws the stretch's label, or nothing where it has none. */
const labelled = (span: TimelineSpan, draw: (text: string) => SVGTemplateResult) => {
  const text = spanLabel(span);
  return text === undefined ? nothing : draw(text);
};

/** From left to right (right to left mirrored), dates in two alternating rows under the line. */
function across({spans, marks, length}: TimelineLayout): TemplateResult {
  const share = (at: number) => ACROSS_MARGIN + (at / length) * (100 - 2 * ACROSS_MARGIN);
  // Right to left, the line runs the other way; text-anchor follows the direction by itself.
  const x = (at: number) => `${activeDirection() === 'rtl' ? 100 - share(at) : share(at)}%`;
  const y = (em: number) => `${em}em`;
  return html`<svg class="across" width="100%" height=${y(ACROSS.height)} aria-hidden="true">
    ${spans.map((span) => svg`<line class=${span.kind} x1=${x(span.from)} x2=${x(span.to)} y1=${y(ACROSS.line)} y2=${y(ACROSS.line)} />`)}
    ${marks.map((mark) => svg`<line class="tick" x1=${x(mark.at)} x2=${x(mark.at)} y1=${y(ACROSS.tickTop)} y2=${y(ACROSS.rowTops[mark.row]!)} />`)}
    ${
      // After every tick: a label's halo hides the lower row's ticks behind it.
      marks.map((mark) => svg`<text x=${x(mark.at)} y=${y(ACROSS.rows[mark.row]!)} text-anchor=${mark.anchor}>${markLabel(mark)}</text>`)
    }
    ${spans.map((span) =>
      // A short first stretch (a lapse) may be narrower than its label: that starts where the line starts.
      span.from === 0 && span.to < 1
        ? labelled(span, (text) => svg`<text class="span-label" x=${x(0)} y=${y(ACROSS.spanLabel)} text-anchor="start">${text}</text>`)
        : labelled(
            span,
            (text) =>
              svg`<text class="span-label" x=${x((span.from + span.to) / 2)} y=${y(ACROSS.spanLabel)} text-anchor="middle">${text}</text>`,
          ),
    )}
  </svg>`;
}

/** From top to bottom along the start side, every label on its own line beside it. */
function down({spans, marks, length}: TimelineLayout): TemplateResult {
  const rtl = activeDirection() === 'rtl';
  // Right to left, the drawing hangs from the right edge (an inner svg placed
  // there) and runs leftwards from it.
  const x = (em: number) => `${rtl ? -em : em}em`;
  const y = (at: number) => `${DOWN.top + at * DOWN.year}em`;
  const drawing = svg`
    ${spans.map((span) => svg`<line class=${span.kind} x1=${x(DOWN.line)} x2=${x(DOWN.line)} y1=${y(span.from)} y2=${y(span.to)} />`)}
    ${marks.map((mark) => svg`<line class="tick" x1=${x(DOWN.line - DOWN.tick)} x2=${x(DOWN.line + DOWN.tick)} y1=${y(mark.at)} y2=${y(mark.at)} />`)}
    ${marks.map((mark) => svg`<text x=${x(DOWN.label)} y=${y(mark.at)} dy="0.35em">${markLabel(mark)}</text>`)}
    ${spans.map((span) =>
      labelled(
        span,
        (text) => svg`<text class="span-label" x=${x(DOWN.spanLabel)} y=${y((span.from + span.to) / 2)} dy="0.35em">${text}</text>`,
      ),
    )}`;
  return html`<svg class="down" width="100%" height=${`${2 * DOWN.top + length * DOWN.year}em`} aria-hidden="true">
    ${rtl ? svg`<svg x="100%" overflow="visible">${drawing}</svg>` : drawing}
  </svg>`;
}
