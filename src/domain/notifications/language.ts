/**
 * The template languages: the ones duplistatus ships default templates for
 * (docs/compatibility/notifications.md#default-templates). The language picks the default texts and the number, date and word formats of
 * the values filled in.
 */

export const TEMPLATE_LANGUAGES = ['en-GB', 'de', 'fr', 'es', 'pt-BR', 'zh-CN'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const DEFAULT_TEMPLATE_LANGUAGE: TemplateLanguage = 'en-GB';

/**
 * Stored spellings that mean one of the languages: duplistatus 1.3.x stored `en`, and 1.4.x
 * lists Simplified Chinese as `zh-Hans` in its interface while its templates are keyed `zh-CN`.
 */
const ALIASES: Readonly<Record<string, TemplateLanguage>> = { en: 'en-GB', 'zh-hans': 'zh-CN' };

export function isTemplateLanguage(value: unknown): value is TemplateLanguage {
  return typeof value === 'string' && (TEMPLATE_LANGUAGES as readonly string[]).includes(value);
}

/** A stored language tag, matched without regard to case; null when it names none of the languages. */
export function parseTemplateLanguage(value: unknown): TemplateLanguage | null {
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  return TEMPLATE_LANGUAGES.find((language) => language.toLowerCase() === lower) ?? ALIASES[lower] ?? null;
}
