/**
 * `pa-migration-help check`: the problems an editor can fix in a page or a
 * snippet, found with the widget's own rules (src/internal/setting-problems.ts)
 * in HTML parsed as a browser parses it. Node only.
 * @module
 */
import {type DefaultTreeAdapterMap, parse, parseFragment} from 'parse5';
import {ALL_TAGS, elementNameOf, SETTINGS_TAG} from '../internal/elements.js';
import {settingProblems, type SettingsHolder} from '../internal/setting-problems.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface MarkupProblem {
  line: number;
  column: number;
  /** What holds the attribute: `<pa-migration-help>`, `<div data-pa-migration-help>`, `<pa-migration-help-settings lang="de">`. */
  place: string;
  message: string;
}

export interface MarkupCheck {
  /** Widgets, placeholders and settings elements found. */
  found: number;
  problems: MarkupProblem[];
}

/** What the element is to us, if anything. */
function holderOf(element: Element): SettingsHolder | undefined {
  if (element.tagName === SETTINGS_TAG) return 'settings';
  if (element.attrs.some((attribute) => attribute.name === 'data-pa-migration-help')) return 'placeholder';
  return elementNameOf(element.tagName);
}

const placeOf = (element: Element, holder: SettingsHolder) => {
  const lang = element.attrs.find((attribute) => attribute.name === 'lang');
  const tag = holder === 'placeholder' ? `${element.tagName} data-pa-migration-help` : element.tagName;
  return `<${tag}${holder === 'settings' && lang ? ` lang="${lang.value}"` : ''}>`;
};

/** The problems in `html`, a whole page or a snippet. The site's currency is the settings' one, for prices set elsewhere. */
export function checkMarkup(html: string): MarkupCheck {
  const whole = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html)\b/i.test(html);
  const root = whole ? parse(html, {sourceCodeLocationInfo: true}) : parseFragment(html, {sourceCodeLocationInfo: true});
  const found: [Element, SettingsHolder][] = [];
  const visit = (node: Node, inWidget: boolean) => {
    const element = 'tagName' in node ? node : undefined;
    const holder = element && !inWidget ? holderOf(element) : undefined;
    if (element && holder) found.push([element, holder]);
    // A server-rendered widget's shadow root is ours: what it holds is not the editor's.
    const ours = inWidget || (element !== undefined && ALL_TAGS.includes(element.tagName as never));
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child, ours);
    if (element?.tagName === 'template' && 'content' in element) visit(element.content as Node, ours);
  };
  visit(root as Node, false);
  const currency = found
    .filter(([element, holder]) => holder === 'settings' && !element.attrs.some((attribute) => attribute.name === 'lang'))
    .flatMap(([element]) => element.attrs.filter((attribute) => attribute.name === 'currency').map((attribute) => attribute.value))
    .at(-1);
  const problems = found.flatMap(([element, holder]) =>
    settingProblems(
      holder,
      element.attrs.map(({name, value}) => [name, value] as const),
      currency,
    ).map(({message}) => ({
      line: element.sourceCodeLocation?.startLine ?? 0,
      column: element.sourceCodeLocation?.startCol ?? 0,
      place: placeOf(element, holder),
      message,
    })),
  );
  return {found: found.length, problems};
}
