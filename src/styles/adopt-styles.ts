import type {CSSResultOrNative, LitElement} from 'lit';

// A constructed style sheet can be adopted only in the document it was made
// in: each other document gets its own copies, made once.
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function sheetIn(target: Document, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const OtherWindowSheet = target.defaultView?.CSSStyleSheet;
  if (!OtherWindowSheet) return undefined;
  const sheets = sheetsByDocument.get(target) ?? new Map<CSSResultOrNative, CSSStyleSheet>();
  sheetsByDocument.set(target, sheets);
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new OtherWindowSheet();
    sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('') : style.cssText);
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Adopts the element's styles into its shadow root again after the element
 * moved to another document (an iframe's, say), where the browser drops the
 * sheets made in the first one: in that document, copies made there; back
 * home, Lit's own sheets.
 */
export function restyleAfterMove(element: LitElement): void {
  const root = element.shadowRoot;
  if (!root) return;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  root.adoptedStyleSheets =
    element.ownerDocument === document
      ? styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!))
      : styles.map((style) => sheetIn(element.ownerDocument, style)).filter((sheet) => sheet !== undefined);
}
