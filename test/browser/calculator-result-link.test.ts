import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {calculator, input, pinned, typeInto} from './calculator-helpers.js';
import {inShadow, loadFrame, part, textOf} from './helpers.js';

describe('<pa-renewal-calculator>', () => {
  describe('shareable link', () => {
    let copied: string[];
    const startUrl = location.href;

    beforeEach(() => {
      copied = [];
    });
    afterEach(() => {
      // The stub is an own property of navigator: deleting it uncovers the browser's clipboard.
      delete (navigator as {clipboard?: unknown}).clipboard;
      history.replaceState(history.state, '', startUrl);
    });
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});

    it('puts the inputs into the URL hash, copies the URL, and says so', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '10', 'current-packs': '2'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      await element.updateComplete;
      expect(location.hash).to.equal('#pa-calc=computers:10;expiry:2021-04-01;packs:2');
      expect(copied[0]).to.equal(location.href);
      expect(textOf(part(element, 'share-status'))).to.equal('Link copied.');
      expect(part(element, 'share-status')?.getAttribute('role')).to.equal('status');
    });

    it('shows the link to copy by hand when the clipboard refuses', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const element = await calculator({...pinned, computers: '10'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#share-url') !== null, 'the link field');
      const field = input(element, 'share-url');
      expect(field.value).to.equal(location.href);
      expect(field.value.endsWith('#pa-calc=computers:10;expiry:2021-04-01')).to.equal(true);
      expect(element.shadowRoot!.activeElement === field).to.equal(true);
      await expect(element).to.be.accessible();
    });

    // The new page loads the build (dist/browser), which npm test makes before this runs.
    it('restores the same result from the copied link in a new page', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '23', 'current-packs': '6'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      const frame = await loadFrame(`/test/fixtures/shared-link.html${new URL(copied[0]!).hash}`);
      const restored = () =>
        frame.contentDocument?.querySelector('pa-renewal-calculator') as (HTMLElement & {result: unknown}) | null | undefined;
      try {
        await waitUntil(() => restored()?.result, 'a restored result', {timeout: 8000});
        expect(JSON.stringify(restored()!.result)).to.equal(JSON.stringify(element.result));
        expect(restored()!.shadowRoot!.querySelector<HTMLInputElement>('#computers')!.value).to.equal('23');
      } finally {
        frame.remove();
      }
    });

    /** Sets the page URL's hash (a new history entry) and waits for the hashchange it fires. */
    async function followHash(hash: string): Promise<void> {
      const changed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await changed;
    }

    it('fills the form when a link is followed on the same page, and ignores other hashes', async () => {
      const element = await calculator({today: '2021-01-15'});
      await followHash('#pa-calc=computers:11;expiry:2021-04-01');
      await element.updateComplete;
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
      await followHash('#pa-faq-higher-price');
      await element.updateComplete;
      expect(input(element, 'computers').value).to.equal('11');
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
    });

    it('drops the link from the URL on an edit, so that Back does not undo the edit', async () => {
      const element = await calculator({today: '2021-01-15'});
      await followHash('#pa-calc=computers:11;expiry:2021-04-01');
      await element.updateComplete;
      await typeInto(element, 'computers', '26');
      expect(location.hash).to.equal('');
      await followHash('#pa-faq-higher-price');
      const back = oneEvent(window, 'hashchange');
      history.back();
      await back;
      await element.updateComplete;
      expect(input(element, 'computers').value).to.equal('26');
      expect(part(element, 'packs')?.dataset.value).to.equal('6');
    });

    it('announces a second copy of the same link', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '10'});
      const status = () => textOf(part(element, 'share-status'));
      const button = inShadow<HTMLButtonElement>(element, '[part="share-button"]');
      button.click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      await element.updateComplete;
      expect(status()).to.equal('Link copied.');
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(status()));
      observer.observe(part(element, 'share-status')!, {childList: true, subtree: true, characterData: true});
      button.click();
      await waitUntil(() => copied.length === 2, 'a second copied link');
      await element.updateComplete;
      observer.disconnect();
      // Emptied, then said again: a screen reader hears it twice.
      expect(texts).to.include('');
      expect(status()).to.equal('Link copied.');
    });
  });
});
