/**
 * Default message texts of earlier duplistatus releases. duplistatus replaces a stored template
 * whose message equals one of them by the current default, both when it upgrades a database to
 * schema 3.1 and each time it reads the templates (docs/compatibility/legacy-databases.md#migration-steps): such a template was never
 * customised, only left behind. The 1.4.x French and Spanish entries are the defaults that
 * release shipped with "en" replaced by "en-GB" (see default-templates.ts).
 */
import type { TemplateKind } from './template-types.ts';

export interface FormerDefaultMessages {
  readonly release: string;
  readonly messages: Readonly<Partial<Record<TemplateKind, string>>>;
}

export const FORMER_DEFAULT_MESSAGES: readonly FormerDefaultMessages[] = [
  {
    release: '1.1.0',
    messages: {
      success:
        "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date} in {duration}.\n" +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '💾 Store usage:  {storage_size}\n' +
        '🔃 Available versions:  {available_versions}\n',
      warning:
        "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date}.\n" +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '⏰ Duration: {duration}\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '\n' +
        '🚨 {warnings_count} warnings\n' +
        '🛑 {errors_count} errors.\n' +
        '\n' +
        '⚠️ Check the duplicati server immediately {server_url}\n',
      overdueBackup:
        'The backup {backup_name} is overdue on {server_alias}.\n' +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '🚨 Last backup received: {last_backup_date} ({last_elapsed})\n' +
        '⏰ Expected backup time: {expected_date} ({expected_elapsed})\n' +
        '\n' +
        'Expected interval: {backup_interval} / Tolerance: {overdue_tolerance}\n' +
        '\n' +
        '⚠️ Check the duplicati server immediately {server_url}\n',
    },
  },
  {
    release: '0.7.24',
    messages: {
      success:
        "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date} in {duration}.\n" +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '💾 Store usage:  {storage_size}\n' +
        '🔃 Available versions:  {available_versions}\n',
      warning:
        "Backup {backup_name} on {server_alias} completed with status '{status}' at {backup_date}.\n" +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '⏰ Duration: {duration}\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '\n' +
        '🚨 {warnings_count} warnings\n' +
        '🛑 {errors_count} errors.\n' +
        '\n' +
        '🔍 Please check the duplicati server {server_url}\n',
      overdueBackup:
        'The backup {backup_name} is overdue on {server_alias}.\n' +
        '\n' +
        '🔍 Note: {server_note}\n' +
        '🚨 Last backup was {last_backup_date} ({last_elapsed})\n' +
        '⏰ Expected backup was {expected_date} ({expected_elapsed})\n' +
        '\n' +
        'Expected interval:  {backup_interval_value} {backup_interval_type} / Tolerance:  {overdue_tolerance}\n' +
        '\n' +
        '🔍 Please check the duplicati server {server_url}\n',
    },
  },
  {
    release: '0.6.1',
    messages: {
      success:
        "Backup {backup_name} on {machine_name} completed with status '{status}' at {backup_date} in {duration}.\n" +
        '\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '💾 Store usage:  {storage_size}\n' +
        '🔃 Available versions:  {available_versions}\n',
      warning:
        "Backup {backup_name} on {machine_name} completed with status '{status}' at {backup_date}.\n" +
        '\n' +
        '⏰ Duration: {duration}\n' +
        '☁️ Uploaded: {uploaded_size}\n' +
        '\n' +
        '🚨 {warnings_count} warnings\n' +
        '🛑 {errors_count} errors.\n' +
        '\n' +
        '🔍 Please check the duplicati server.\n',
      overdueBackup:
        'The backup {backup_name} is overdue on {machine_name}.\n' +
        '\n' +
        '🚨 Last backup was {last_backup_date} ({last_elapsed})\n' +
        '⏰ Expected backup was {expected_date} ({expected_elapsed})\n' +
        '\n' +
        'Expected interval:  {backup_interval_value} {backup_interval_type} / Tolerance:  {overdue_tolerance}\n' +
        '\n' +
        '🔍 Please check the duplicati server.\n',
    },
  },
  {
    release: '1.4.x (fr)',
    messages: {
      success:
        "La sauvegarde {backup_name} sur {server_alias} s'est terminée avec le statut '{status}' le {backup_date} en-GB {duration}.\n" +
        '\n' +
        '🔍 Note : {server_note}\n' +
        '☁️ Téléversé : {uploaded_size}\n' +
        '💾 Utilisation du stockage : {storage_size}\n' +
        '🔃 Versions disponibles : {available_versions}\n',
      warning:
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
      overdueBackup:
        'La sauvegarde {backup_name} est en-GB retard sur {server_alias}.\n' +
        '\n' +
        '🔍 Note : {server_note}\n' +
        '🚨 Dernière sauvegarde reçue : {last_backup_date} ({last_elapsed})\n' +
        '⏰ Heure de sauvegarde prévue : {expected_date} ({expected_elapsed})\n' +
        '\n' +
        'Intervalle prévu : {backup_interval} / Tolérance : {overdue_tolerance}\n' +
        '\n' +
        '⚠️ Vérifiez le serveur Duplicati immédiatement {server_url}\n',
    },
  },
  {
    release: '1.4.x (es)',
    messages: {
      success:
        "La copia de seguridad {backup_name} en-GB {server_alias} se completó con estado '{status}' el {backup_date} en-GB {duration}.\n" +
        '\n' +
        '🔍 Nota: {server_note}\n' +
        '☁️ Subido: {uploaded_size}\n' +
        '💾 Uso de almacenamiento: {storage_size}\n' +
        '🔃 Versiones disponibles: {available_versions}\n',
      warning:
        "La copia de seguridad {backup_name} en-GB {server_alias} se completó con estado '{status}' el {backup_date}.\n" +
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
      overdueBackup:
        'La copia de seguridad {backup_name} está atrasada en-GB {server_alias}.\n' +
        '\n' +
        '🔍 Nota: {server_note}\n' +
        '🚨 Última copia recibida: {last_backup_date} ({last_elapsed})\n' +
        '⏰ Hora de copia esperada: {expected_date} ({expected_elapsed})\n' +
        '\n' +
        'Intervalo esperado: {backup_interval} / Tolerancia: {overdue_tolerance}\n' +
        '\n' +
        '⚠️ Verifique el servidor Duplicati inmediatamente {server_url}\n',
    },
  },
];
