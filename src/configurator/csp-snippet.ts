import type {Checked} from './check.js';
import {type Config, usesWidgetHtml} from './config.js';
import type {PackageTexts, Snippet} from './snippet.js';

/** The Content-Security-Policy sources the site needs, if it sends a policy. */
export function cspSnippet(config: Config, checked: Checked, texts: PackageTexts): Snippet {
  const lines: string[] = [];
  const marks: string[] = [];
  const origin = checked.filesAt && !checked.filesAt.startsWith('/') ? new URL(checked.filesAt).origin : undefined;
  if (config.platform === 'iframe') {
    if (origin) lines.push(`frame-src 'self' ${origin}`, `script-src 'self' ${origin}`);
    lines.push('# The hosted pages send their own policy in a <meta> element; if your server sends one with them,');
    lines.push("# copy the 'sha256-…' sources of that <meta> into its style-src.");
  } else {
    lines.push(`script-src 'self'${origin ? ` ${origin}` : ''}`);
    if (usesWidgetHtml(config)) lines.push(`style-src 'self' ${texts.styleHashes.join(' ')}`);
    lines.push('# Only where your policy names its Trusted Types policies (a trusted-types directive):');
    lines.push("trusted-types lit-html 'allow-duplicates'");
    if (origin) {
      lines.push(`# On ${origin}, send with every file of the folder (module scripts are fetched with CORS):`);
      lines.push("Access-Control-Allow-Origin: <your site's origin, e.g. https://help.example.com>");
    }
  }
  if (!checked.filesAt) marks.push('The files\' host is missing until "Files hosted at" is fixed.');
  return {
    title: 'Content-Security-Policy',
    where: 'Only if your site sends a Content-Security-Policy: add these sources to its directives. Without a policy, skip this.',
    text: lines.join('\n'),
    marks,
  };
}
