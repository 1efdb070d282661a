import { describe, expect, it } from 'vitest';
import {
  DEPRECATED_PLACEHOLDERS,
  defaultTemplates,
  deprecatedPlaceholdersIn,
  parseTemplateLanguage,
  placeholdersIn,
  renderNotification,
  renderTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  upgradeFormerDefault,
} from '../../../src/domain/notifications/templates.ts';

describe('default templates', () => {
  it('are duplistatus 1.4.2 en-GB texts, word for word', () => {
    const templates = defaultTemplates('en-GB');
    expect(templates.success).toEqual({
      title: '✅ {status} - {backup_name} @ {server_alias}',
      message:
        "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date} in {duration}.\n\n" +
        '🔍 Note: {server_note}\n☁️ Uploaded: {uploaded_size}\n💾 Store usage: {storage_size}\n🔃 Available versions: {available_versions}\n',
      priority: 'default',
      tags: 'duplicati, duplistatus, success',
    });
    expect(templates.warning.title).toBe('⚠️ {status} - {backup_name} @ {server_alias}');
    expect(templates.warning.priority).toBe('high');
    expect(templates.warning.tags).toBe('duplicati, duplistatus, warning, error');
    expect(templates.warning.message).toContain('📄 Log Messages:\n{log_text}\n\n⚠️ Check the duplicati server immediately {server_url}\n');
    expect(templates.overdueBackup.title).toBe('🕑 Overdue - {backup_name} @ {server_alias}');
    expect(templates.overdueBackup.message).toContain('Expected interval: {backup_interval} / Tolerance: {overdue_tolerance}\n');
    expect(templates.overdueBackup.tags).toBe('duplicati, duplistatus, overdue');
  });

  it('exist in the six languages duplistatus ships, with the same placeholders, priorities and tags as en-GB', () => {
    expect(TEMPLATE_LANGUAGES).toEqual(['en-GB', 'de', 'fr', 'es', 'pt-BR', 'zh-CN']);
    const english = defaultTemplates('en-GB');
    for (const language of TEMPLATE_LANGUAGES) {
      const templates = defaultTemplates(language);
      for (const kind of TEMPLATE_KINDS) {
        expect(new Set(placeholdersIn(templates[kind].message)), `${language} ${kind}`).toEqual(
          new Set(placeholdersIn(english[kind].message)),
        );
        expect(templates[kind].priority).toBe(english[kind].priority);
        expect(templates[kind].tags).toBe(english[kind].tags);
      }
    }
    expect(defaultTemplates('de').overdueBackup.title).toBe('🕑 Überfällig - {backup_name} @ {server_alias}');
    expect(defaultTemplates('zh-CN').overdueBackup.title).toBe('🕑 逾期 - {backup_name} @ {server_alias}');
  });

  it('in French and Spanish are the 1.3.x texts, without 1.4.x\'s "en" → "en-GB" slip', () => {
    expect(defaultTemplates('fr').overdueBackup.title).toBe('🕑 En retard - {backup_name} @ {server_alias}');
    for (const language of ['fr', 'es'] as const) {
      for (const kind of TEMPLATE_KINDS) expect(defaultTemplates(language)[kind].message).not.toContain('en-GB');
    }
  });

  it('are fresh objects, so a caller changing one changes no other', () => {
    defaultTemplates('en-GB').success.title = 'changed';
    expect(defaultTemplates('en-GB').success.title).toBe('✅ {status} - {backup_name} @ {server_alias}');
  });
});

describe('parseTemplateLanguage', () => {
  it("reads the six languages, 1.3.x's `en` and 1.4.x's `zh-Hans`, in any case; null for others", () => {
    expect(parseTemplateLanguage('de')).toBe('de');
    expect(parseTemplateLanguage('PT-br')).toBe('pt-BR');
    expect(parseTemplateLanguage('en')).toBe('en-GB');
    expect(parseTemplateLanguage('zh-Hans')).toBe('zh-CN');
    expect(parseTemplateLanguage('hi-Latn')).toBeNull();
    expect(parseTemplateLanguage(42)).toBeNull();
  });
});

describe('renderTemplate', () => {
  const values = { server_name: 'nas', server_id: 'abc123', backup_interval: '1D', backup_name: 'Files' };

  it('replaces each {name} with its value, every time it appears', () => {
    expect(renderTemplate('{backup_name} on {server_name}, {backup_name} again', values)).toBe('Files on nas, Files again');
  });

  it('renders unknown names as empty text and leaves what is not a placeholder alone', () => {
    expect(renderTemplate('[{nothing}] {server-name} { backup_name } {}', values)).toBe('[] {server-name} { backup_name } {}');
  });

  it('renders {{name}} as the literal {name}, as the string-template package does', () => {
    expect(renderTemplate('literal {{backup_name}}, value {backup_name}', values)).toBe('literal {backup_name}, value Files');
  });

  it('keeps the deprecated placeholders working: machine_name, machine_id, backup_interval_value, backup_interval_type', () => {
    expect(Object.keys(DEPRECATED_PLACEHOLDERS)).toEqual(['machine_name', 'machine_id', 'backup_interval_value', 'backup_interval_type']);
    expect(renderTemplate('{machine_name}|{machine_id}|{backup_interval_value}|{backup_interval_type}', values)).toBe('nas|abc123|1D|');
  });

  it("renders the 0.6.1 default overdue text's interval line as the interval string", () => {
    const line = 'Expected interval:  {backup_interval_value} {backup_interval_type} / Tolerance:  {overdue_tolerance}';
    expect(renderTemplate(line, { ...values, overdue_tolerance: '1 hour' })).toBe('Expected interval:  1D  / Tolerance:  1 hour');
  });

  it('prefers a value given under the deprecated name itself', () => {
    expect(renderTemplate('{machine_name}', { ...values, machine_name: 'old' })).toBe('old');
  });

  it('renders a deprecated name as empty text when its replacement has no value either', () => {
    expect(renderTemplate('[{machine_name}]', {})).toBe('[]');
  });

  it('never reads inherited object properties as values', () => {
    expect(renderTemplate('[{constructor}{toString}{__proto__}]', {})).toBe('[]');
  });

  it('renderNotification renders title and message and passes priority and tags as stored', () => {
    const rendered = renderNotification({ title: '{backup_name}', message: 'on {server_name}', priority: 'high', tags: '{x}' }, values);
    expect(rendered).toEqual({ title: 'Files', message: 'on nas', priority: 'high', tags: '{x}' });
  });
});

describe('deprecatedPlaceholdersIn', () => {
  it('lists each deprecated placeholder of title and message once, in order of appearance', () => {
    const template = {
      title: '✅ {status} - {backup_name}  @ {machine_name}',
      message: 'Expected interval:  {backup_interval_value} {backup_interval_type} on {machine_name} ({machine_id})',
      priority: 'default',
      tags: 'duplicati',
    };
    expect(deprecatedPlaceholdersIn(template)).toEqual(['machine_name', 'backup_interval_value', 'backup_interval_type', 'machine_id']);
  });

  it('is empty for the current defaults and ignores escaped ones', () => {
    for (const kind of TEMPLATE_KINDS) expect(deprecatedPlaceholdersIn(defaultTemplates('en-GB')[kind])).toEqual([]);
    expect(deprecatedPlaceholdersIn({ title: '{{machine_name}}', message: '', priority: '', tags: '' })).toEqual([]);
  });
});

describe('upgradeFormerDefault', () => {
  const custom = { title: 'mine', message: 'my own text {backup_name}', priority: 'low', tags: 'x' };

  it('replaces a template whose message is a 0.6.1, 0.7.24 or 1.1.0 default by the current default', () => {
    const message061 =
      'The backup {backup_name} is overdue on {machine_name}.\n\n🚨 Last backup was {last_backup_date} ({last_elapsed})\n⏰ Expected backup was {expected_date} ({expected_elapsed})\n\nExpected interval:  {backup_interval_value} {backup_interval_type} / Tolerance:  {overdue_tolerance}\n\n🔍 Please check the duplicati server.\n';
    const result = upgradeFormerDefault('overdueBackup', { ...custom, message: message061 }, 'en-GB');
    expect(result).toEqual({ template: defaultTemplates('en-GB').overdueBackup, replaced: true });
  });

  it("replaces 1.4.x's French default with the French one", () => {
    const slipped = defaultTemplates('fr').success.message.replace(' en {duration}', ' en-GB {duration}');
    expect(upgradeFormerDefault('success', { ...custom, message: slipped }, 'fr').template).toEqual(defaultTemplates('fr').success);
  });

  it('keeps a customised template as it is', () => {
    expect(upgradeFormerDefault('warning', custom, 'en-GB')).toEqual({ template: custom, replaced: false });
  });
});
