// The configurator's rules without a page: values checked with the widget's rules, and snippets made from those that pass.
import {describe, expect, it} from 'vitest';
import {check, filesFolder} from '../../src/configurator/check.js';
import {type Config, DEFAULT_CONFIG} from '../../src/configurator/config.js';
import {cspSnippet} from '../../src/configurator/csp-snippet.js';
import {settingsElements, themeSnippet} from '../../src/configurator/theme-snippet.js';

const withConfig = (change: (config: Config) => void): Config => {
  const config = structuredClone(DEFAULT_CONFIG);
  change(config);
  return config;
};

describe('configurator snippets', () => {
  it('writes the site line, and a language line only for what differs', () => {
    const config = withConfig((draft) => {
      draft.perLanguage.de = {price: '89.99', currency: 'eur', renewUrl: 'https://my.parallels.com/'};
    });
    expect(settingsElements(check(config))).toEqual([
      '<pa-migration-help-settings price-per-pack="99.99" currency="USD" renew-url="https://my.parallels.com/"></pa-migration-help-settings>',
      '<pa-migration-help-settings lang="de" price-per-pack="89.99" currency="EUR"></pa-migration-help-settings>',
    ]);
  });

  it("a language's currency checks the site's price too: JPY has no cents", () => {
    const checked = check(withConfig((draft) => void Object.assign(draft.perLanguage, {de: {currency: 'JPY'}})));
    expect(checked.problems.get('de.price')).toMatch(/JPY has no cents.*price in JPY/);
    expect(checked.effective.get('de')).toEqual([
      ['currency', 'JPY'],
      ['renew-url', 'https://my.parallels.com/'],
    ]);
  });

  it('escapes what it writes into an attribute', () => {
    const checked = check(
      withConfig((draft) => {
        draft.general.renewUrl = 'https://example.com/?a=1&b="2"';
      }),
    );
    expect(settingsElements(checked)[0]).toContain('renew-url="https://example.com/?a=1&amp;b=&quot;2&quot;"');
  });

  it.each([
    ['https://cdn.example.com/pa', {url: 'https://cdn.example.com/pa/'}],
    ['/assets/pa/', {url: '/assets/pa/'}],
    ['http://cdn.example.com/', {problem: expect.stringContaining('https:')}],
    ['cdn.example.com/pa/', {problem: 'Write the whole address: https://cdn.example.com/pa/'}],
    ['', {problem: expect.stringContaining('Enter where')}],
  ])('files hosted at %j', (text, expected) => {
    expect(filesFolder(text)).toEqual(expected);
  });

  it("CSP: the files' origin, and csp.txt's hashes only with server-rendered HTML", () => {
    const texts = {placeholder: {}, widget: {}, styleHashes: ["'sha256-a'"]};
    const placeholders = withConfig(() => {});
    expect(cspSnippet(placeholders, check(placeholders), texts).text).not.toContain('sha256');
    const rendered = withConfig((draft) => {
      draft.platform = 'zendesk-unsafe';
    });
    expect(cspSnippet(rendered, check(rendered), texts).text).toMatch(
      /^script-src 'self' https:\/\/cdn\.example\.com\nstyle-src 'self' 'sha256-a'/,
    );
  });
});

describe('themeSnippet', () => {
  it('for Zendesk with no files host, loads the single file as a theme asset, and says to upload it', () => {
    const config: Config = {...structuredClone(DEFAULT_CONFIG), platform: 'zendesk', filesAt: ''};
    const checked = check(config);
    expect(checked.problems.has('filesAt')).toBe(false);
    const {text, marks} = themeSnippet(config, checked);
    expect(text.split('\n')[0]).toBe(`<script defer src="{{asset 'pa-migration-help.single.js'}}"></script>`);
    expect(marks.join(' ')).toContain('Upload dist/browser/pa-migration-help.single.js as a theme asset');
  });

  it('elsewhere, asks for the files host', () => {
    const config: Config = {...structuredClone(DEFAULT_CONFIG), platform: 'static', filesAt: ''};
    expect(check(config).problems.has('filesAt')).toBe(true);
  });
});
