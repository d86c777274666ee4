// The Content-Security-Policy sources that allow inline <style> elements,
// which Lit's server renderer writes into every shadow root it renders.
import {createHash} from 'node:crypto';

/** The 'sha256-…' source of every inline <style> in some HTML, each once, in order. */
export function styleHashes(html: string): string[] {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, style]) => style ?? '');
  return [...new Set(styles.map((style) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`))];
}
