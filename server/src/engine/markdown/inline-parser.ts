import MarkdownIt from 'markdown-it';

/** What the wrapped rules record into while one segment is parsed: its text, and the spans to mask. */
export interface Env {
  src: string;
  masks: Array<[number, number]>;
}

/** An inline rule as markdown-it's ruler takes it. */
type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1];
type StateInline = Parameters<InlineRule>[0];

let parser: MarkdownIt | undefined;

/**
 * markdown-it with the inline phase only, text tokens left unmerged, and four rules wrapped to record
 * where they matched: each `*` delimiter token gets its offset (`meta.star`), and code spans,
 * autolinks and inline HTML are recorded as masks.
 */
export function inlineParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('commonmark', { html: true });
  md.core.ruler.enableOnly(['normalize', 'block', 'inline']);
  md.inline.ruler2.disable('fragments_join');
  wrap(md, 'emphasis', (state, start) => {
    if (state.src[start] !== '*') return;
    const n = state.pos - start;
    for (let i = 0; i < n; i++) state.tokens[state.tokens.length - n + i].meta = { star: start + i };
  });
  const mask = (state: StateInline, start: number, before: number) => {
    const env = state.env as Env;
    // Only matches in the segment itself count, not in an image description parsed apart (always
    // shorter). Lengths, not strings, are compared: the normaliser may pass on an equal copy, and
    // comparing that at every match made a paragraph of code spans quadratic.
    if (state.src.length === env.src.length && state.tokens.length > before) env.masks.push([start, state.pos]);
  };
  wrap(md, 'backticks', (state, start, before) => {
    if (state.tokens[state.tokens.length - 1]?.type === 'code_inline') mask(state, start, before);
  });
  wrap(md, 'autolink', mask);
  wrap(md, 'html_inline', mask);
  return (parser = md);
}

function wrap(md: MarkdownIt, name: string, after: (state: StateInline, start: number, tokensBefore: number) => void): void {
  const rules = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: InlineRule }> }).__rules__;
  const original = rules.find((r) => r.name === name)?.fn;
  if (!original) throw new Error(`reportlint: markdown-it has no inline rule "${name}"`);
  md.inline.ruler.at(name, (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const before = state.tokens.length;
    if (!original(state, silent)) return false;
    if (!silent) after(state, start, before);
    return true;
  });
}
