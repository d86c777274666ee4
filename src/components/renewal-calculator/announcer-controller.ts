import type {ReactiveController, ReactiveControllerHost} from 'lit';

// Long enough that a screen reader is not interrupted on every keystroke.
const ANNOUNCE_DELAY_MS = 500;

/**
 * What the host's polite live region says: a line, once it has stayed the
 * same for half a second.
 */
export class AnnouncerController implements ReactiveController {
  /** The text for the live region now. */
  text = '';
  private pending = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `line` after the delay, unless another line replaces it first; the same line again is not repeated. */
  announce(line: string): void {
    if (line === this.pending) return;
    this.pending = line;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = line;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
