/**
 * The configurator's form: the platform, where the files are, the
 * languages, and the site's values for all languages and per language.
 */
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Checked} from './check.js';
import {type Config, LANGUAGE_NAMES, type Locale, LOCALES, offersServerRendered, PLATFORMS, type Platform} from './config.js';
import {checkbox, field, type Update, vendorFields} from './fields.js';

/** A language's own values are shown open when it has any, or a problem in one. */
const hasOwnValues = (config: Config, locale: Locale, checked: Checked) =>
  Object.values(config.perLanguage[locale] ?? {}).some((value) => value.trim() !== '') ||
  [...checked.problems.keys()].some((id) => id.startsWith(`${locale}.`));

export function form(config: Config, checked: Checked, update: Update) {
  const set = <K extends keyof Config>(key: K, value: Config[K]) =>
    update((draft) => {
      draft[key] = value;
    });
  const platforms = Object.entries(PLATFORMS) as [Platform, (typeof PLATFORMS)[Platform]][];
  return html`<form class="form" @submit=${(event: Event) => event.preventDefault()} novalidate>
    <fieldset>
      <legend>Where the widget goes</legend>
      ${platforms.map(
        ([value, {label, hint}]) => html`<div class="choice">
          <input
            type="radio"
            name="platform"
            id="platform-${value}"
            value=${value}
            .checked=${live(config.platform === value)}
            aria-describedby="platform-${value}-hint"
            @change=${() => set('platform', value)}
          />
          <label for="platform-${value}">${label}</label>
          <p class="hint" id="platform-${value}-hint">${hint}</p>
        </div>`,
      )}
      ${
        offersServerRendered(config.platform)
          ? checkbox(
              'server-rendered',
              'Server-rendered HTML',
              'The FAQ is in the page before any script runs, and nothing moves when the script starts (for phones, search engines and readers without JavaScript).',
              config.serverRendered,
              (on) => set('serverRendered', on),
            )
          : nothing
      }
    </fieldset>

    <fieldset>
      <legend>Files</legend>
      ${field({
        id: 'field-filesAt',
        label: 'Files hosted at',
        hint: 'The folder where you serve dist/browser/ from the npm package, e.g. https://cdn.example.com/pa-migration-help/ or /assets/pa-migration-help/. For Zendesk, leave it empty to use a theme asset instead.',
        value: config.filesAt,
        problem: checked.problems.get('filesAt'),
        inputmode: 'url',
        onInput: (value) => set('filesAt', value),
      })}
    </fieldset>

    <fieldset>
      <legend>Languages</legend>
      <div class="languages">
        ${LOCALES.map(
          (locale) => html`<div class="choice">
            <input
              type="checkbox"
              id="language-${locale}"
              .checked=${live(config.languages.includes(locale))}
              @change=${(event: Event) =>
                update((draft) => {
                  const on = (event.target as HTMLInputElement).checked;
                  draft.languages = LOCALES.filter((other) => (other === locale ? on : draft.languages.includes(other)));
                })}
            />
            <label for="language-${locale}" lang=${locale}>${LANGUAGE_NAMES[locale]}</label>
          </div>`,
        )}
      </div>
      ${field({
        id: 'field-otherLanguages',
        label: "More languages, by your help center's codes (optional)",
        hint: 'Separated by spaces or commas: pt-br, zh-cn. Each adds the language the widget speaks for it.',
        value: config.otherLanguages,
        problem: checked.problems.get('otherLanguages'),
        onInput: (value) => set('otherLanguages', value),
      })}
      ${checkbox(
        'pin-language',
        "Pin each article's snippet to its language",
        "Leave it off: the widget speaks the page's language, so a German article made from a copy of the English one still shows German.",
        config.pinLanguage,
        (on) => set('pinLanguage', on),
      )}
    </fieldset>

    <fieldset>
      <legend>Price and renew link, for all languages</legend>
      ${vendorFields(config, checked, update)}
    </fieldset>

    ${checked.languages.map(
      (locale) => html`<details class="per-language" ?open=${hasOwnValues(config, locale, checked)}>
        <summary>Different values in <span lang=${locale}>${LANGUAGE_NAMES[locale]}</span></summary>
        <fieldset>
          <legend class="visually-hidden">Values for ${LANGUAGE_NAMES[locale]} only</legend>
          ${vendorFields(config, checked, update, locale)}
        </fieldset>
      </details>`,
    )}
  </form>`;
}
