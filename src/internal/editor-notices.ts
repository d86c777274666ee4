import {nothing, type ReactiveController, type TemplateResult} from 'lit';
import type {ElementName} from './elements.js';
import type {WidgetElement} from './widget-element.js';

type Notice = typeof import('./editor-notice.js');

/** Whether the page asks for editor notices: `?pa-debug` or `#pa-debug` in its URL. */
const debugging = () => /[?&#]pa-debug\b/.test(location.search + location.hash);

/**
 * Shows the page's editor, in the widget, what in the markup around it the
 * widget cannot read as meant: only in preview, where the page's URL has
 * `pa-debug` or a configurator sets the element's `editorNotices`;
 * customers never see it. What it says (src/internal/editor-notice.ts) loads
 * only then.
 */
export class EditorNoticesController implements ReactiveController {
  private inPage = false;
  private notice?: Notice | Promise<void>;

  constructor(
    private readonly host: WidgetElement & {editorNotices: boolean},
    private readonly element: ElementName,
  ) {
    host.addController(this);
    host.whenInPage(() => {
      this.inPage = true;
      host.requestUpdate();
    });
  }

  /** Whether to show a notice: in preview, and only on the outermost widget, whose notice covers what is around it. */
  private get wanted(): boolean {
    return this.inPage && !(this.host.getRootNode() instanceof ShadowRoot) && (this.host.editorNotices || debugging());
  }

  hostUpdate(): void {
    if (!this.wanted || this.notice) return;
    this.notice = import('./editor-notice.js').then((loaded) => {
      this.notice = loaded;
      this.host.requestUpdate();
    });
  }

  /** The notice, where there is something to tell. */
  render(): TemplateResult | typeof nothing {
    const {notice} = this;
    return this.wanted && notice && !(notice instanceof Promise) ? notice.editorNotice(this.host, this.element) : nothing;
  }
}
