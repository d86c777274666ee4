import {describe, expect, it} from 'vitest';
import {timelineLayout} from '../../src/components/renewal-calculator/timeline-layout.js';
import {calculateRenewal, type RenewalInput} from '../../src/core/renewal.js';

const layout = (input: Omit<RenewalInput, 'computers'>) => timelineLayout(calculateRenewal({computers: 10, ...input}));

describe('timelineLayout', () => {
  it('runs from today through the expiry to the two charges, from the start of the line to its end', () => {
    const {spans, marks, length} = layout({currentExpiry: '2021-04-01', today: '2021-01-15'});
    expect(spans.map((span) => span.kind)).toEqual(['current', 'paid', 'next']);
    expect(marks.map((mark) => mark.date)).toEqual([null, '2021-04-01', '2022-04-01', '2023-04-01']);
    expect(marks.map((mark) => mark.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
    expect(marks.map((mark) => mark.row)).toEqual([0, 1, 0, 1]);
    expect(marks[0]!.at).toBe(0);
    expect(marks.at(-1)!.at).toBe(length);
    expect(spans.at(-1)!.to).toBe(length);
  });

  it('draws each year the same length, and a year left as long as a year', () => {
    const {spans} = layout({currentExpiry: '2022-01-15', today: '2021-01-15'});
    const lengths = spans.map((span) => Math.round(span.to - span.from));
    expect(new Set(lengths).size).toBe(1);
  });

  it('keeps a short stretch wide enough for its labels', () => {
    const {spans} = layout({currentExpiry: '2021-01-16', today: '2021-01-15'});
    expect(spans[0]!.to - spans[0]!.from).toBeGreaterThan(0.5 * (spans[1]!.to - spans[1]!.from));
  });

  it('starts a lapsed line at the old expiry, with the renewal today', () => {
    const {spans, marks} = layout({currentExpiry: '2021-04-01', today: '2021-04-11'});
    expect(spans.map((span) => span.kind)).toEqual(['lapsed', 'paid', 'next']);
    expect(marks.map((mark) => mark.date)).toEqual(['2021-04-01', null, '2022-04-11', '2023-04-11']);
    expect(spans[1]!.from).toBe(marks[1]!.at);
  });

  it('makes today and an expiry of today one mark', () => {
    const {spans, marks} = layout({currentExpiry: '2024-02-29', today: '2024-02-29'});
    expect(spans.map((span) => span.kind)).toEqual(['paid', 'next']);
    expect(marks.map((mark) => mark.date)).toEqual([null, '2025-02-28', '2026-02-28']);
    expect(marks.map((mark) => mark.anchor)).toEqual(['start', 'middle', 'end']);
    expect(marks.map((mark) => mark.at)).toEqual([0, 1, 2]);
  });

  it('joins each stretch to the marks at its ends', () => {
    for (const today of ['2021-01-15', '2021-04-11', '2021-04-01']) {
      const {spans, marks} = layout({currentExpiry: '2021-04-01', today});
      expect(spans.map((span) => [span.from, span.to])).toEqual(marks.slice(1).map((mark, index) => [marks[index]!.at, mark.at]));
    }
  });
});
