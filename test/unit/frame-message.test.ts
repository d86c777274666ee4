import {describe, expect, it} from 'vitest';
import {isFrameResizeMessage, MAX_FRAME_HEIGHT} from '../../src/embed/frame-message.js';

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
