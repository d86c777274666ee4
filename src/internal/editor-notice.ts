import {html, nothing, type TemplateResult} from 'lit';
import {type ElementName, SETTINGS_TAG} from './elements.js';
import {type SettingProblem, settingProblems} from './setting-problems.js';

const attributesOf = (element: Element) => element.getAttributeNames().map((name) => [name, element.getAttribute(name)!] as const);

/**
 * The notice for the page's editor (src/internal/editor-notices.ts): the
 * problems of the widget's own attributes, of its placeholder's `data-*`,
 * and of the site's settings elements, or nothing where there are none.
 */
export function editorNotice(host: Element, element: ElementName): TemplateResult | typeof nothing {
  const placeholder = host.parentElement?.closest('[data-pa-migration-help]');
  const settings = [...host.ownerDocument.querySelectorAll(SETTINGS_TAG)];
  const currency = settings.find((holder) => !holder.hasAttribute('lang'))?.getAttribute('currency') ?? undefined;
  const found = (place: string, problems: SettingProblem[]) => problems.map(({message}) => ({place, message}));
  const problems = [
    ...found(`<${host.localName}>`, settingProblems(element, attributesOf(host), currency)),
    ...(placeholder ? found('the placeholder', settingProblems('placeholder', attributesOf(placeholder), currency)) : []),
    ...settings.flatMap((holder) =>
      found(
        `<${SETTINGS_TAG}${holder.hasAttribute('lang') ? ` lang="${holder.getAttribute('lang')}"` : ''}>`,
        settingProblems('settings', attributesOf(holder)),
      ),
    ),
  ];
  if (problems.length === 0) return nothing;
  return html`<div class="editor-notice" role="note">
    <strong>For the page's editor (shown in preview only):</strong>
    <ul>
      ${problems.map(({place, message}) => html`<li><code>${place}</code> ${message}</li>`)}
    </ul>
  </div>`;
}
