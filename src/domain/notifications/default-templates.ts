/**
 * duplistatus's default notification templates, word for word, per template language
 * (docs/compatibility/notifications.md#default-templates). They are duplistatus 1.4.2's texts, except that the French
 * and Spanish ones are those of 1.3.x: 1.4.x replaced every word "en" by "en-GB" in them (an
 * accident of its locale rename, e.g. "🕑 en-GB retard"), kept in FORMER_DEFAULT_MESSAGES so
 * stored copies of them are recognised as defaults.
 */
import type { TemplateLanguage } from './language.ts';
import type { NotificationTemplate, TemplateKind } from './template-types.ts';

const EN_GB: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date} in {duration}.\n" +
      '\n' +
      '🔍 Note: {server_note}\n' +
      '☁️ Uploaded: {uploaded_size}\n' +
      '💾 Store usage: {storage_size}\n' +
      '🔃 Available versions: {available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date}.\n" +
      '\n' +
      '🔍 Note: {server_note}\n' +
      '⏰ Duration: {duration}\n' +
      '☁️ Uploaded: {uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} warnings\n' +
      '🛑 {errors_count} errors.\n' +
      '\n' +
      '📄 Log Messages:\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ Check the duplicati server immediately {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 Overdue - {backup_name} @ {server_alias}',
    message:
      'The backup {backup_name} is overdue on {server_alias}.\n' +
      '\n' +
      '🔍 Note: {server_note}\n' +
      '🚨 Last backup received: {last_backup_date} ({last_elapsed})\n' +
      '⏰ Expected backup time: {expected_date} ({expected_elapsed})\n' +
      '\n' +
      'Expected interval: {backup_interval} / Tolerance: {overdue_tolerance}\n' +
      '\n' +
      '⚠️ Check the duplicati server immediately {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

const DE: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "Sicherung {backup_name} auf {server_alias} wurde mit Status '{status}' am {backup_date} in {duration} abgeschlossen.\n" +
      '\n' +
      '🔍 Notiz: {server_note}\n' +
      '☁️ Hochgeladen: {uploaded_size}\n' +
      '💾 Speichernutzung: {storage_size}\n' +
      '🔃 Verfügbare Versionen: {available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "Sicherung {backup_name} auf {server_alias} wurde mit Status '{status}' am {backup_date} abgeschlossen.\n" +
      '\n' +
      '🔍 Notiz: {server_note}\n' +
      '⏰ Dauer: {duration}\n' +
      '☁️ Hochgeladen: {uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} Warnungen\n' +
      '🛑 {errors_count} Fehler.\n' +
      '\n' +
      '📄 Protokollnachrichten:\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ Überprüfen Sie den Duplicati-Server sofort {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 Überfällig - {backup_name} @ {server_alias}',
    message:
      'Die Sicherung {backup_name} ist auf {server_alias} überfällig.\n' +
      '\n' +
      '🔍 Notiz: {server_note}\n' +
      '🚨 Letzte Sicherung empfangen: {last_backup_date} ({last_elapsed})\n' +
      '⏰ Erwartete Sicherungszeit: {expected_date} ({expected_elapsed})\n' +
      '\n' +
      'Erwartetes Intervall: {backup_interval} / Toleranz: {overdue_tolerance}\n' +
      '\n' +
      '⚠️ Überprüfen Sie den Duplicati-Server sofort {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

const FR: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "La sauvegarde {backup_name} sur {server_alias} s'est terminée avec le statut '{status}' le {backup_date} en {duration}.\n" +
      '\n' +
      '🔍 Note : {server_note}\n' +
      '☁️ Téléversé : {uploaded_size}\n' +
      '💾 Utilisation du stockage : {storage_size}\n' +
      '🔃 Versions disponibles : {available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "La sauvegarde {backup_name} sur {server_alias} s'est terminée avec le statut '{status}' le {backup_date}.\n" +
      '\n' +
      '🔍 Note : {server_note}\n' +
      '⏰ Durée : {duration}\n' +
      '☁️ Téléversé : {uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} avertissements\n' +
      '🛑 {errors_count} erreurs.\n' +
      '\n' +
      '📄 Messages du journal :\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ Vérifiez le serveur Duplicati immédiatement {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 En retard - {backup_name} @ {server_alias}',
    message:
      'La sauvegarde {backup_name} est en retard sur {server_alias}.\n' +
      '\n' +
      '🔍 Note : {server_note}\n' +
      '🚨 Dernière sauvegarde reçue : {last_backup_date} ({last_elapsed})\n' +
      '⏰ Heure de sauvegarde prévue : {expected_date} ({expected_elapsed})\n' +
      '\n' +
      'Intervalle prévu : {backup_interval} / Tolérance : {overdue_tolerance}\n' +
      '\n' +
      '⚠️ Vérifiez le serveur Duplicati immédiatement {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

const ES: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "La copia de seguridad {backup_name} en {server_alias} se completó con estado '{status}' el {backup_date} en {duration}.\n" +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '☁️ Subido: {uploaded_size}\n' +
      '💾 Uso de almacenamiento: {storage_size}\n' +
      '🔃 Versiones disponibles: {available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "La copia de seguridad {backup_name} en {server_alias} se completó con estado '{status}' el {backup_date}.\n" +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '⏰ Duración: {duration}\n' +
      '☁️ Subido: {uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} advertencias\n' +
      '🛑 {errors_count} errores.\n' +
      '\n' +
      '📄 Mensajes del registro:\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ Verifique el servidor Duplicati inmediatamente {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 Atrasado - {backup_name} @ {server_alias}',
    message:
      'La copia de seguridad {backup_name} está atrasada en {server_alias}.\n' +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '🚨 Última copia recibida: {last_backup_date} ({last_elapsed})\n' +
      '⏰ Hora de copia esperada: {expected_date} ({expected_elapsed})\n' +
      '\n' +
      'Intervalo esperado: {backup_interval} / Tolerancia: {overdue_tolerance}\n' +
      '\n' +
      '⚠️ Verifique el servidor Duplicati inmediatamente {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

const PT_BR: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "Backup {backup_name} em {server_alias} concluído com status '{status}' em {backup_date} em {duration}.\n" +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '☁️ Enviado: {uploaded_size}\n' +
      '💾 Uso de armazenamento: {storage_size}\n' +
      '🔃 Versões disponíveis: {available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "Backup {backup_name} em {server_alias} concluído com status '{status}' em {backup_date}.\n" +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '⏰ Duração: {duration}\n' +
      '☁️ Enviado: {uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} avisos\n' +
      '🛑 {errors_count} erros.\n' +
      '\n' +
      '📄 Mensagens de log:\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ Verifique o servidor Duplicati imediatamente {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 Atrasado - {backup_name} @ {server_alias}',
    message:
      'O backup {backup_name} está atrasado em {server_alias}.\n' +
      '\n' +
      '🔍 Nota: {server_note}\n' +
      '🚨 Último backup recebido: {last_backup_date} ({last_elapsed})\n' +
      '⏰ Hora esperada do backup: {expected_date} ({expected_elapsed})\n' +
      '\n' +
      'Intervalo esperado: {backup_interval} / Tolerância: {overdue_tolerance}\n' +
      '\n' +
      '⚠️ Verifique o servidor Duplicati imediatamente {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

const ZH_CN: Readonly<Record<TemplateKind, NotificationTemplate>> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message:
      "备份 {backup_name} 在 {server_alias} 上已完成，状态为 '{status}'，时间 {backup_date}，耗时 {duration}。\n" +
      '\n' +
      '🔍 备注：{server_note}\n' +
      '☁️ 已上传：{uploaded_size}\n' +
      '💾 存储用量：{storage_size}\n' +
      '🔃 可用版本：{available_versions}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message:
      "备份 {backup_name} 在 {server_alias} 上已完成，状态为 '{status}'，时间 {backup_date}。\n" +
      '\n' +
      '🔍 备注：{server_note}\n' +
      '⏰ 耗时：{duration}\n' +
      '☁️ 已上传：{uploaded_size}\n' +
      '\n' +
      '🚨 {warnings_count} 条警告\n' +
      '🛑 {errors_count} 条错误。\n' +
      '\n' +
      '📄 日志消息：\n' +
      '{log_text}\n' +
      '\n' +
      '⚠️ 请立即检查 Duplicati 服务器 {server_url}\n',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 逾期 - {backup_name} @ {server_alias}',
    message:
      '备份 {backup_name} 在 {server_alias} 上已逾期。\n' +
      '\n' +
      '🔍 备注：{server_note}\n' +
      '🚨 上次收到备份：{last_backup_date}（{last_elapsed}）\n' +
      '⏰ 预期备份时间：{expected_date}（{expected_elapsed}）\n' +
      '\n' +
      '预期间隔：{backup_interval} / 容差：{overdue_tolerance}\n' +
      '\n' +
      '⚠️ 请立即检查 Duplicati 服务器 {server_url}\n',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateLanguage, Readonly<Record<TemplateKind, NotificationTemplate>>>> = {
  'en-GB': EN_GB,
  de: DE,
  fr: FR,
  es: ES,
  'pt-BR': PT_BR,
  'zh-CN': ZH_CN,
};
