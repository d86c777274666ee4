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

  /* A container query, not a media query: the widget sits in article columns of any width. */
  @container (min-width: 46em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
`;
