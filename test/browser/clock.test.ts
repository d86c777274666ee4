// A calculator without a pinned `today` follows the visitor's clock, also when
// it turns midnight, and on a day that a DST change makes 23 hours long.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {mount, part} from './helpers.js';

describe('a calculator on the real clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  /** Freezes the clock at a local date and time; only Date and timeouts are faked, so Lit still renders. */
  const freezeAt = (...local: [number, number, number, number, number, number]) => {
    clock = sinon.useFakeTimers({now: new Date(...local), toFake: ['Date', 'setTimeout', 'clearTimeout']});
  };
  const daysLeft = (element: HTMLElement) => part(element, 'days-left')?.dataset.value;

  it('counts today from the local date, not UTC', async () => {
    freezeAt(2021, 2, 31, 23, 30, 0);
    const element = await mount('pa-renewal-calculator', {computers: '5', expiry: '2021-04-01'});
    expect(daysLeft(element)).to.equal('1');
  });

  it('recalculates when local midnight passes', async () => {
    freezeAt(2021, 2, 31, 23, 59, 30);
    const element = await mount('pa-renewal-calculator', {computers: '5', expiry: '2021-04-01'});
    expect(daysLeft(element)).to.equal('1');
    await clock!.tickAsync(60_000);
    await element.updateComplete;
    expect(daysLeft(element)).to.equal('0');
    expect(part(element, 'days-left')!.textContent).to.contain('expires today');
  });

  it('finds the next midnight across a DST change (a 23-hour day in Los Angeles)', async () => {
    freezeAt(2021, 2, 13, 23, 59, 30);
    const element = await mount('pa-renewal-calculator', {computers: '5', expiry: '2021-03-14'});
    expect(daysLeft(element)).to.equal('1');
    await clock!.tickAsync(60_000);
    await element.updateComplete;
    expect(daysLeft(element)).to.equal('0');
    // From 00:00:30 on 14 March to 00:00:30 on 15 March, local time: 23 hours where the clocks sprang forward.
    await clock!.tickAsync(new Date(2021, 2, 15, 0, 0, 30).getTime() - Date.now());
    await element.updateComplete;
    expect(daysLeft(element)).to.equal('-1');
  });
});
