import type {ReactiveController} from 'lit';
import type {WidgetElement} from '../../internal/widget-element.js';

/**
 * The reader's clock: read once the element is in a page (a server knows no
 * reader's date), then updates its host when the local date may have
 * changed: just after local midnight, and when the tab is shown again (timers
 * do not run while a laptop sleeps, so a tab shown again may be on a new day).
 */
export class ClockController implements ReactiveController {
  /** Whether the clock has been read: the reader's date is `new Date()` from now on. */
  read = false;
  private midnightTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: WidgetElement) {
    host.addController(this);
    host.whenInPage(() => this.start());
  }

  private start(): void {
    this.read = true;
    this.scheduleMidnight();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.midnightTimer);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  private scheduleMidnight(): void {
    clearTimeout(this.midnightTimer);
    const now = new Date();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    this.midnightTimer = setTimeout(
      () => {
        this.host.requestUpdate();
        this.scheduleMidnight();
      },
      nextMidnight.getTime() - now.getTime() + 1000,
    );
  }
}
