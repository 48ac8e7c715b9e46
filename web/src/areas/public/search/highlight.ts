/** A run of text in a search hit, marked when it matched the query. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const TOKEN = /<mark>|<\/mark>|&(?:amp|lt|gt|quot|#39);/g;

/**
 * The API's `highlight` values are HTML-escaped text with `<mark>` around matches. They are read here
 * into plain parts for React to render as text, so nothing from a profile is ever parsed as HTML.
 */
export function parseHighlight(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, marked });
    text = '';
  };
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    text += value.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '<mark>' || match[0] === '</mark>') {
      flush();
      marked = match[0] === '<mark>';
    } else {
      text += ENTITIES[match[0]];
    }
  }
  text += value.slice(last);
  flush();
  // neighbours with the same marking are one run (the server marks word by word)
  return parts.reduce<HighlightPart[]>((runs, part) => {
    const previous = runs[runs.length - 1];
    if (previous && previous.marked === part.marked) previous.text += part.text;
    else runs.push({ ...part });
    return runs;
  }, []);
}
