import {css} from 'lit';

export const helpStyles = css`
  /* The container is the root, not the host: a page reset can make the host
     inline, and an inline box cannot be a size container. */
  .root {
    container-type: inline-size;
  }

  .layout {
    display: grid;
    gap: calc(var(--pa-spacing) * 1.5);
  }

  /* Stacked, the calculator comes after the FAQ: a quiet link to it comes first. */
  .jump {
    margin-block-end: var(--pa-spacing);
    padding: 0;
    border: 0;
    background: none;
    color: var(--pa-accent);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }

  /* A container query, not a media query: the widget sits in article columns of any width. */
  @container (min-width: 46em) {
    .jump {
      display: none;
    }

    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }

  @media print {
    .jump {
      display: none;
    }
  }
`;
