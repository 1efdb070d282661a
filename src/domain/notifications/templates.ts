/**
 * duplistatus's notification templates (docs/compatibility/notifications.md#template-variables): the default texts per language, and rendering
 * `{placeholder}` text the way duplistatus does, except that the placeholders of older releases
 * keep working instead of going blank (docs/compatibility/notifications.md#deprecated-placeholders).
 */
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { FORMER_DEFAULT_MESSAGES } from './former-defaults.ts';
import type { TemplateLanguage } from './language.ts';
import type { PlaceholderValues } from './placeholders.ts';
import type { NotificationTemplate, TemplateKind } from './template-types.ts';

export {
  DEFAULT_TEMPLATE_LANGUAGE,
  isTemplateLanguage,
  parseTemplateLanguage,
  TEMPLATE_LANGUAGES,
  type TemplateLanguage,
} from './language.ts';
export { type NotificationTemplate, TEMPLATE_KINDS, type TemplateKind } from './template-types.ts';

/** The three default templates of a language, as fresh objects the caller may change. */
export function defaultTemplates(language: TemplateLanguage): Record<TemplateKind, NotificationTemplate> {
  const templates = DEFAULT_TEMPLATES[language];
  return { success: { ...templates.success }, warning: { ...templates.warning }, overdueBackup: { ...templates.overdueBackup } };
}

/**
 * Placeholders of earlier duplistatus releases and what they render as now: the value of another
 * placeholder, or null for empty text. `machine_*` are the names from before servers were called
 * servers (0.6); the interval pair is the number and unit of the ≤ 0.7 interval, which became one
 * interval string in 0.8.
 */
export const DEPRECATED_PLACEHOLDERS: Readonly<Record<string, string | null>> = {
  machine_name: 'server_name',
  machine_id: 'server_id',
  backup_interval_value: 'backup_interval',
  backup_interval_type: null,
};

/** The name characters and the `{{name}}` escape are those of the `string-template` package duplistatus renders with. */
const PLACEHOLDER = /\{([0-9a-zA-Z_]+)\}/g;

/** Each `{name}` in `text`, escaped ones (`{{name}}`) left out, in order of appearance with repeats. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!isEscaped(text, match.index, match[0].length)) names.push(match[1]!);
  }
  return names;
}

function isEscaped(text: string, offset: number, length: number): boolean {
  return text[offset - 1] === '{' && text[offset + length] === '}';
}

/**
 * `{name}` → its value; an unknown name renders as empty text; `{{name}}` renders as the literal
 * `{name}`. A deprecated placeholder with no value of its own renders as its replacement
 * (DEPRECATED_PLACEHOLDERS), where duplistatus would leave it blank.
 */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (match: string, name: string, offset: number) =>
    isEscaped(text, offset, match.length) ? name : placeholderValue(name, values),
  );
}

function placeholderValue(name: string, values: PlaceholderValues): string {
  if (Object.hasOwn(values, name)) return values[name] ?? '';
  if (!Object.hasOwn(DEPRECATED_PLACEHOLDERS, name)) return '';
  const replacement = DEPRECATED_PLACEHOLDERS[name];
  return replacement && Object.hasOwn(values, replacement) ? (values[replacement] ?? '') : '';
}

/** A template with its title and message rendered; priority and tags are sent as stored. */
export function renderNotification(template: NotificationTemplate, values: PlaceholderValues): NotificationTemplate {
  return {
    title: renderTemplate(template.title, values),
    message: renderTemplate(template.message, values),
    priority: template.priority,
    tags: template.tags,
  };
}

/** The deprecated placeholders a stored template still uses (title and message), each once, in order of appearance. */
export function deprecatedPlaceholdersIn(template: NotificationTemplate): string[] {
  const used = [...placeholdersIn(template.title), ...placeholdersIn(template.message)];
  return [...new Set(used.filter((name) => Object.hasOwn(DEPRECATED_PLACEHOLDERS, name)))];
}

/**
 * A stored template whose message is a former default (FORMER_DEFAULT_MESSAGES) becomes the
 * current default of `language`, as duplistatus does on upgrade and on reading
 * (docs/compatibility/legacy-databases.md#migration-steps); any other template is kept as it is.
 */
export function upgradeFormerDefault(
  kind: TemplateKind,
  template: NotificationTemplate,
  language: TemplateLanguage,
): { template: NotificationTemplate; replaced: boolean } {
  const former = FORMER_DEFAULT_MESSAGES.some((release) => release.messages[kind] === template.message);
  return former ? { template: { ...DEFAULT_TEMPLATES[language][kind] }, replaced: true } : { template, replaced: false };
}
