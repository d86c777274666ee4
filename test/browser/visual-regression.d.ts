// @web/test-runner-visual-regression's "types" condition names its Node-side
// declarations, so the browser command it exports is declared here.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Element, name: string): Promise<void>;
}
