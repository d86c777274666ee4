import {css} from 'lit';

/**
 * The styling API every element shares: `--pa-*` custom properties with light
 * and dark defaults, inherited font, visible focus, and the forced-colours
 * and reduced-motion rules. Sizes are in `em` so a page's
 * `html { font-size: 62.5% }` does not shrink the widget.
 */
export const themeStyles = css`
  :host {
    --pa-accent: #0b5cad;
    --pa-on-accent: #ffffff;
    --pa-text: #1b1f24;
    --pa-muted-text: #4a5360;
    --pa-surface: #ffffff;
    --pa-surface-alt: #f3f5f7;
    --pa-border: #767f8b;
    --pa-error: #b3261e;
    --pa-error-surface: #fdecea;
    --pa-notice-surface: #fff4d6;
    --pa-notice-border: #a86d00;
    --pa-focus-ring: #0b5cad;
    --pa-radius: 0.375em;
    --pa-spacing: 1em;

    /* Not !important: the page decides whether and how the element shows
       (hidden, display: none, ::part). A reset such as "* { all: revert }"
       makes the host inline; the layout lives on .root, which page CSS
       cannot reach, so the widget still lays out as a block. */
    display: block;
  }

  /* Text styles live on each element's outermost box, which page CSS cannot
     reach, rather than on the host, which it can. */
  .root {
    display: block;
    box-sizing: border-box;
    color: var(--pa-text);
    background: var(--pa-surface);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --pa-accent: #8ab8ff;
      --pa-on-accent: #0b1a2e;
      --pa-text: #e8eaed;
      --pa-muted-text: #b7bec7;
      --pa-surface: #1d2126;
      --pa-surface-alt: #272c33;
      --pa-border: #8d97a3;
      --pa-error: #ffb4ab;
      --pa-error-surface: #3b1d1b;
      --pa-notice-surface: #3a2e12;
      --pa-notice-border: #e0b45c;
      --pa-focus-ring: #8ab8ff;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 0.125em solid var(--pa-focus-ring);
    outline-offset: 0.125em;
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  /* Only in preview (editorNotices, ?pa-debug): what the page's editor should fix. */
  .editor-notice {
    border: 2px dashed var(--pa-notice-border);
    background: var(--pa-notice-surface);
    padding: 0.5em 0.75em;
    margin-block-end: var(--pa-spacing);
    font-size: 0.875em;
  }
  .editor-notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
