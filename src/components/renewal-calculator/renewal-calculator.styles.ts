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
    width: 6em;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
  }

  .date-field input {
    width: 12em;
  }

  input[aria-invalid='true'] {
    border-color: var(--pa-error);
    border-width: 2px;
  }

  .error {
    color: var(--pa-error);
    font-weight: 600;
  }

  .echo,
  .prompt,
  .details {
    margin: 0;
    color: var(--pa-muted-text);
  }

  .echo,
  .details,
  .steps,
  .actions button {
    font-size: 0.875em;
  }

  /* Warnings (a value that may be a mistake) and the status line: a box with a thick start edge. */
  .notice,
  .status {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--pa-notice-border);
    border-inline-start-width: 0.375em;
    border-radius: var(--pa-radius);
    background: var(--pa-notice-surface);
  }

  .status.lapsed {
    border-color: var(--pa-error);
    background: var(--pa-error-surface);
  }

  .results,
  .details {
    display: grid;
    gap: var(--pa-spacing);
  }

  .details {
    gap: 0.5em;
  }

  .details p {
    margin: 0;
  }

  .summary {
    padding: var(--pa-spacing);
    border-radius: var(--pa-radius);
    background: var(--pa-surface-alt);
  }

  .instruction {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .count {
    font-size: 1.25em;
  }

  .values {
    margin: 0;
  }

  .value {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    padding-block: 0.375em;
    border-top: 1px solid var(--pa-border);
  }

  dd {
    margin: 0;
    font-weight: 700;
  }

  /* One primary action, the width of the panel; the others quieter below. */
  [part='renew-link'] {
    display: block;
    padding: 0.625em 1em;
    border: 1px solid transparent;
    border-radius: var(--pa-radius);
    background: var(--pa-accent);
    color: var(--pa-on-accent);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  [part='renew-link']:hover {
    text-decoration: underline;
  }

  .actions {
    display: grid;
    gap: 0.5em;
  }

  .actions button {
    padding: 0.5em 1em;
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    color: var(--pa-text);
    cursor: pointer;
  }

  /*
   * The steps down a line, not to scale. The dots and lines are borders, which
   * forced colours keep: a solid line for time paid, dashes for time not covered.
   */
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .steps li {
    position: relative;
    padding-inline-start: 1.75em;
  }

  .steps li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.375em;
  }

  .step::before {
    top: 0.375em;
    border: 0.375em solid var(--pa-accent);
    border-radius: 50%;
  }

  .step.today::before {
    border-width: 0.1875em;
    padding: 0.1875em;
  }

  .step.lapse::before {
    border-color: var(--pa-error);
  }

  .date {
    display: block;
    font-weight: 700;
  }

  .stretch {
    padding-block: 0.5em;
    color: var(--pa-muted-text);
    font-style: italic;
  }

  .stretch::before {
    top: 0;
    bottom: 0;
    margin-inline-start: 0.25em;
    border-inline-start: 0.25em solid var(--pa-accent);
  }

  .stretch.remaining::before {
    border-inline-start-color: var(--pa-border);
  }

  .stretch.gap::before {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--pa-error);
  }

  @media print {
    [part='renew-link'],
    .actions,
    [part='share-status'] {
      display: none;
    }
  }

  /* Forced colours drop backgrounds: keep the summary framed. */
  @media (forced-colors: active) {
    .summary {
      border: 1px solid CanvasText;
    }
  }
`;
