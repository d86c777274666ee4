import {describe, expect, it} from 'vitest';
import {isFrameHostMessage, isFrameResizeMessage, MAX_FRAME_HEIGHT} from '../../src/embed/frame-message.js';

describe('isFrameResizeMessage', () => {
  const valid = {type: 'pa-migration-help:resize', version: 1, height: 640};
  it('accepts the message the embed page sends', () => {
    expect(isFrameResizeMessage(valid)).toBe(true);
    expect(isFrameResizeMessage({...valid, height: 0})).toBe(true);
    expect(isFrameResizeMessage({...valid, height: MAX_FRAME_HEIGHT})).toBe(true);
  });
  const rejected: Array<[label: string, data: unknown]> = [
    ['another type', {...valid, type: 'resize'}],
    ['another version', {...valid, version: 2}],
    ['a height as text', {...valid, height: '640'}],
    ['a fractional height', {...valid, height: 640.5}],
    ['a negative height', {...valid, height: -1}],
    ['an endless height', {...valid, height: MAX_FRAME_HEIGHT + 1}],
    ['NaN', {...valid, height: Number.NaN}],
    ['Infinity', {...valid, height: Infinity}],
    ['null', null],
    ['a string', 'pa-migration-help:resize'],
  ];
  for (const [label, data] of rejected) {
    it(`rejects ${label}`, () => expect(isFrameResizeMessage(data)).toBe(false));
  }
});

describe('isFrameHostMessage', () => {
  const valid = {type: 'pa-migration-help:host', version: 1, font: 'Georgia, serif', accent: '#c8102e'};
  it("accepts the host script's greeting, with or without a look", () => {
    expect(isFrameHostMessage(valid)).toBe(true);
    expect(isFrameHostMessage({...valid, font: '', accent: ''})).toBe(true);
  });
  it.each([
    ['another type', {...valid, type: 'pa-migration-help:sized'}],
    ['another version', {...valid, version: 2}],
    ['a font that is not text', {...valid, font: 7}],
    ['an endless accent', {...valid, accent: 'x'.repeat(301)}],
    ['null', null],
  ])('refuses %s', (_, data) => expect(isFrameHostMessage(data)).toBe(false));
});
