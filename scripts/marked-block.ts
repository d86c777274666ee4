// Figures in the docs are written by the scripts that measure them, between
// two markers, never by hand: `<!-- name:start -->` … `<!-- name:end -->`.
// The text around the block stays the author's.

const markers = (name: string): [string, string] => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/** The text between the markers of block `name`, without the line breaks next to them. */
export function markedBlock(text: string, name: string): string {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0 || text.indexOf(start, from + 1) >= 0) {
    throw new Error(`expected one "${start}" followed by one "${end}"`);
  }
  return text
    .slice(from + start.length, to)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** `text` with block `name` holding `content` instead. */
export function replaceMarkedBlock(text: string, name: string, content: string): string {
  markedBlock(text, name); // checks the markers
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from) + end.length;
  return `${text.slice(0, from)}${start}\n${content.replace(/\n$/, '')}\n${end}${text.slice(to)}`;
}
