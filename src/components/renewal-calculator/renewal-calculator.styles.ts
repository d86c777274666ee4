import {css} from 'lit';

export const calculatorStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--pa-spacing);
    padding: var(--pa-spacing);
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
  }

  [part='heading'] {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  form {
    display: grid;
    gap: var(--pa-spacing);
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--pa-muted-text);
    font-size: 0.875em;
  }

  input {
    width: 100%;
    max-width: 16em;
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
  }

  input[aria-invalid='true'] {
    border-color: var(--pa-error);
    border-width: 2px;
  }

  .error {
    color: var(--pa-error);
    font-weight: 600;
  }

  .prompt,
  .note {
    margin: 0;
    color: var(--pa-muted-text);
  }

  .results {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: var(--pa-spacing);
    border-radius: var(--pa-radius);
    background: var(--pa-surface-alt);
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .notice {
    margin: 0;
    padding: 0.75em var(--pa-spacing);
    border: 1px solid var(--pa-notice-border);
    border-inline-start-width: 0.375em;
    border-radius: var(--pa-radius);
    background: var(--pa-notice-surface);
  }

  [part='renew-link'] {
    justify-self: start;
    padding: 0.5em 1.25em;
    border: 1px solid transparent;
    border-radius: var(--pa-radius);
    background: var(--pa-accent);
    color: var(--pa-on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  [part='calendar-button'],
  [part='share-button'] {
    padding: 0.375em 1em;
    border: 1px solid var(--pa-accent);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    color: var(--pa-accent);
    font-weight: 600;
    cursor: pointer;
  }

  [part='renew-link']:hover {
    text-decoration: underline;
  }

  /*
   * The timeline's text keeps its size (13px at 16px) at any width: where the
   * dates may not fit side by side (the longest, Brazilian Portuguese, need
   * 22em), it is drawn down instead of across. The container's em is the labels'.
   */
  .timeline {
    container-type: inline-size;
    max-width: 30em;
    font-size: 0.8125em;
  }

  .timeline svg {
    display: block;
    overflow: visible;
  }

  .timeline .down {
    display: none;
  }

  @container (max-width: 23.5em) {
    .timeline .across {
      display: none;
    }

    .timeline .down {
      display: block;
    }
  }

  .timeline text {
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--pa-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }

  .timeline line {
    stroke: var(--pa-border);
  }

  /* Each stretch differs in width or dashes too, not in colour alone. */
  .timeline .paid {
    stroke: var(--pa-accent);
    stroke-width: 10;
  }

  .timeline .current {
    stroke-width: 5;
  }

  .timeline .next {
    stroke: var(--pa-accent);
    stroke-width: 4;
    stroke-dasharray: 6 4;
  }

  .timeline .lapsed {
    stroke: var(--pa-error);
    stroke-width: 4;
    stroke-dasharray: 2 3;
  }

  @media print {
    [part='renew-link'],
    .actions,
    [part='share-status'] {
      display: none;
    }
  }

  /* Forced colours drop backgrounds: keep the results and notices framed. */
  @media (forced-colors: active) {
    .results {
      border: 1px solid CanvasText;
    }

    .timeline line {
      stroke: CanvasText;
    }

    .timeline .paid,
    .timeline .next {
      stroke: Highlight;
    }

    .timeline .lapsed {
      stroke: CanvasText;
    }

    .timeline text {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
