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
export function format(text: Localized, locale: Locale, args: Record<string, string | number> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** Chinese or English quotation marks around a title, as the locale writes them. */
export function quote(text: string, locale: Locale): string {
  return locale === 'zh-cn' ? `“${text}”` : `"${text}"`;
}
