import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** An element that may be rendering a server's view (see LocalizedElement's `serverView`). */
export type ServerViewHost = ReactiveControllerHost & {readonly serverView: boolean};

/**
 * Runs work that reads the browser's page (the page's locale, the headings
 * before the element) when its host connects, or, over server-rendered HTML,
 * at the host's first update after hydration: the hydrating render must
 * repeat the server's, which knew nothing of the page.
 */
export class BrowserWork implements ReactiveController {
  private pending = false;

  constructor(
    private readonly host: ServerViewHost,
    private readonly work: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.serverView) this.pending = true;
    else this.work();
  }

  hostUpdate(): void {
    if (!this.pending || this.host.serverView) return;
    this.pending = false;
    this.work();
  }

  hostDisconnected(): void {
    this.pending = false;
  }
}
