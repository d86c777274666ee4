// `npm start`: the demo pages' widgets arrive server-rendered, as they would
// from a help center that uses pa-migration-help/ssr, and the page's module
// script hydrates them. The dev server renders each element tag written in a
// page with src/ssr.ts (through Vite, so the templates match the client's
// exactly); a tag it cannot render stays as written, for the script to render.
// No `lang` is added to a tag: the widget follows the page's, so the demo's
// language menu still switches it after hydration.
import type {Plugin} from 'vite';

const TAG = /<(pa-migration-help|pa-migration-faq|pa-renewal-calculator)(\s[^>]*)?><\/\1>/g;
const ATTRIBUTE = /([a-z][a-z-]*)(?:="([^"]*)")?/g;

type RenderElement = (tag: string, attributes: Record<string, string>) => Promise<string>;

export function demoServerRendering(): Plugin {
  return {
    name: 'pa-demo-server-rendering',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, {server, path}) {
        if (!server) return html;
        const {renderElement} = (await server.ssrLoadModule('/src/ssr.ts')) as {renderElement: RenderElement};
        const rendered: [string, string][] = [];
        for (const match of html.matchAll(TAG)) {
          const [tag, name = '', attributeText = ''] = match;
          const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, key = '', value = '']) => [key, value]));
          try {
            rendered.push([tag, await renderElement(name, attributes)]);
          } catch (error) {
            server.config.logger.warn(`${path}: <${name}> left to the browser: ${(error as Error).message}`);
          }
        }
        return rendered.reduce((page, [tag, markup]) => page.replace(tag, markup), html);
      },
    },
  };
}
