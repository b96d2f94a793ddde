/** Languages of messages. Rule ids stay English in every locale. */
export type Locale = 'en' | 'zh-cn';

/** A text in every supported language. `{name}` placeholders are filled from arguments. */
export interface Localized {
  en: string;
  'zh-cn': string;
}

/** Picks a supported locale from an editor language or `LANG` value (zh, zh-CN, zh_CN.UTF-8 → zh-cn). */
export function toLocale(value: string | undefined): Locale {
  return value && /^zh(?:[-_](?:cn|hans|sg)|$|[-_.])/i.test(value) && !/^zh[-_](tw|hk|hant|mo)/i.test(value) ? 'zh-cn' : 'en';
}

/** Fills `{name}` placeholders of a localised text. */
export function format(text: Localized, locale: Locale, args: Record<string, string | number> = NO_ARGS): string {
  return fill(partsOf(text[locale]), args);
}

/**
 * A message of `locale` split into parts (see `partsOf`), with the placeholders in `fixed` filled in and merged
 * with the text around them, for `fill`: a rule that words hundreds of messages in a check with some arguments the
 * same throughout (the report date, a limit) builds each from fewer pieces, each `+` being a string of its own.
 */
export function prefill(text: Localized, locale: Locale, fixed: Record<string, string | number>): readonly string[] {
  const parts = partsOf(text[locale]);
  const out = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    if (name in fixed) out[out.length - 1] += String(fixed[name]) + parts[i + 1];
    else out.push(name, parts[i + 1]);
  }
  return out;
}

/**
 * The parts of a message of `locale` before and after its placeholder `name` (each for `fill`), so that a rule can
 * fill each side once and keep it for the messages that share its arguments; undefined unless `name` is in the
 * message exactly once. `fill(before) + value + fill(after)` is the message.
 */
export function splitAround(text: Localized, locale: Locale, name: string): [readonly string[], readonly string[]] | undefined {
  const parts = partsOf(text[locale]);
  let at = -1;
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i] !== name) continue;
    if (at >= 0) return undefined;
    at = i;
  }
  return at < 0 ? undefined : [parts.slice(0, at), parts.slice(at + 1)];
}

/** Fills the placeholders of a message split into parts (by `partsOf` or `prefill`). */
export function fill(parts: readonly string[], args: Record<string, string | number>): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    // One keyed read per placeholder; `in` only for a value that is missing (or given as undefined).
    const value = args[name];
    out += (typeof value === 'string' ? value : value !== undefined || name in args ? String(value) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** The arguments of a message without placeholders: one object, not a new one per message. */
const NO_ARGS: Record<string, string | number> = Object.freeze({});

const PLACEHOLDER = /\{(\w+)\}/g;
const compiled = new Map<string, string[]>();

/**
 * A message split once into literal text and placeholder names, alternating (`[text, name, text, …]`):
 * rules format thousands of messages per check, and a replace with a callback per message was a tenth
 * of a full check. Messages are constants, so the cache stays small.
 */
function partsOf(message: string): string[] {
  let parts = compiled.get(message);
  if (!parts) {
    parts = [];
    let last = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(message); m; m = PLACEHOLDER.exec(message)) {
      parts.push(message.slice(last, m.index), m[1]);
      last = m.index + m[0].length;
    }
    parts.push(message.slice(last));
    if (compiled.size < 1000) compiled.set(message, parts);
  }
  return parts;
}

/** Chinese or English quotation marks around a title, as the locale writes them. */
export function quote(text: string, locale: Locale): string {
  return locale === 'zh-cn' ? `“${text}”` : `"${text}"`;
}
