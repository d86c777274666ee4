import {css} from 'lit';

export const faqStyles = css`
  [part='base'] {
    display: grid;
  }

  [part='intro'] {
    margin: 0 0 var(--pa-spacing);
  }

  [part='toggle-all'] {
    justify-self: end;
    margin-block-end: 0.5em;
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--pa-radius);
    background: none;
    color: var(--pa-accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .item {
    border-block-end: 1px solid var(--pa-border);
  }

  .item:first-of-type {
    border-block-start: 1px solid var(--pa-border);
  }

  [part='heading'] {
    margin: 0;
    font-size: 1em;
  }

  [part='question'] {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--pa-spacing);
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  [part='question']:hover {
    color: var(--pa-accent);
  }

  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    transition: transform 0.2s ease;
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  [part='answer'] {
    padding: 0 0.25em var(--pa-spacing);
  }

  /* hidden="until-found" hides only the content; the box and its padding stay. */
  [part='answer'][hidden] {
    padding: 0;
  }

  [part='answer'] > :first-child {
    margin-block-start: 0;
  }

  [part='answer'] > :last-child {
    margin-block-end: 0;
  }

  ol {
    padding-inline-start: 1.5em;
  }

  .feedback {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: 0.75em;
    color: var(--pa-muted-text);
    font-size: 0.875em;
  }

  [part='feedback-button'] {
    min-width: 3em;
    min-height: 1.75em;
    margin-inline-end: 0.25em;
    padding: 0.125em 0.75em;
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    cursor: pointer;
  }

  /* On paper every answer is open and nothing is a button. */
  @media print {
    [part='answer'][hidden] {
      display: block;
      content-visibility: visible;
      padding: 0 0.25em var(--pa-spacing);
    }

    [part='toggle-all'],
    .chevron,
    .feedback {
      display: none;
    }
  }
`;
