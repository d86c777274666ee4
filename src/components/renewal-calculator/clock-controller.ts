import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Updates its host when the local date may have changed: just after local
 * midnight, and when the tab is shown again (timers do not run while a
 * laptop sleeps, so a tab shown again may be on a new day).
 */
export class ClockController implements ReactiveController {
  private midnightTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheduleMidnight();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    clearTimeout(this.midnightTimer);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  private scheduleMidnight(): void {
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
