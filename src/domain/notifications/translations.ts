/**
 * Words filled into templates, per template language. The status and tolerance words are
 * duplistatus's own translations (its `strings.json`, the Simplified Chinese ones of `zh-CN`);
 * longer tolerances than its ten fixed ones and the overdue digest are dupligraph's.
 */
import type { TemplateLanguage } from './language.ts';

interface LanguageWords {
  /** `{status}`: the stored status, translated (docs/compatibility/notifications.md#template-variables). */
  readonly statuses: Readonly<Record<string, string>>;
  readonly noTolerance: string;
  readonly minutes: (count: string) => string;
  readonly hours: (count: string, one: boolean) => string;
  readonly days: (count: string, one: boolean) => string;
  readonly digestTitle: (count: string) => string;
  readonly digestIntro: (count: string) => string;
  /** One digest line: what the job is and when its last backup arrived. */
  readonly digestLine: (job: string, lastBackup: string, elapsed: string) => string;
  readonly digestMore: (count: string) => string;
}

export const WORDS: Readonly<Record<TemplateLanguage, LanguageWords>> = {
  'en-GB': {
    statuses: { Success: 'Success', Warning: 'Warning', Error: 'Error', Fatal: 'Fatal', Unknown: 'Unknown' },
    noTolerance: 'No tolerance',
    minutes: (n) => `${n} min`,
    hours: (n, one) => `${n} ${one ? 'hour' : 'hours'}`,
    days: (n, one) => `${n} ${one ? 'day' : 'days'}`,
    digestTitle: (n) => `🕑 ${n} backups overdue`,
    digestIntro: (n) => `${n} backups are overdue.`,
    digestLine: (job, last, elapsed) => `- ${job}: last backup ${last} (${elapsed})`,
    digestMore: (n) => `… and ${n} more`,
  },
  de: {
    statuses: { Success: 'Erfolgreich', Warning: 'Warnung', Error: 'Fehler', Fatal: 'Fatal', Unknown: 'Unbekannt' },
    noTolerance: 'Keine Toleranz',
    minutes: (n) => `${n} Min`,
    hours: (n, one) => `${n} ${one ? 'Stunde' : 'Stunden'}`,
    days: (n, one) => `${n} ${one ? 'Tag' : 'Tage'}`,
    digestTitle: (n) => `🕑 ${n} Sicherungen überfällig`,
    digestIntro: (n) => `${n} Sicherungen sind überfällig.`,
    digestLine: (job, last, elapsed) => `- ${job}: letzte Sicherung ${last} (${elapsed})`,
    digestMore: (n) => `… und ${n} weitere`,
  },
  fr: {
    statuses: { Success: 'Succès', Warning: 'Avertissement', Error: 'Erreur', Fatal: 'Fatal', Unknown: 'Inconnu' },
    noTolerance: 'Aucune tolérance',
    minutes: (n) => `${n} min`,
    hours: (n, one) => `${n} ${one ? 'heure' : 'heures'}`,
    days: (n, one) => `${n} ${one ? 'jour' : 'jours'}`,
    digestTitle: (n) => `🕑 ${n} sauvegardes en retard`,
    digestIntro: (n) => `${n} sauvegardes sont en retard.`,
    digestLine: (job, last, elapsed) => `- ${job} : dernière sauvegarde ${last} (${elapsed})`,
    digestMore: (n) => `… et ${n} de plus`,
  },
  es: {
    statuses: { Success: 'Éxito', Warning: 'Advertencia', Error: 'Error', Fatal: 'Fatal', Unknown: 'Desconocido' },
    noTolerance: 'Sin tolerancia',
    minutes: (n) => `${n} min`,
    hours: (n, one) => `${n} ${one ? 'hora' : 'horas'}`,
    days: (n, one) => `${n} ${one ? 'día' : 'días'}`,
    digestTitle: (n) => `🕑 ${n} copias de seguridad atrasadas`,
    digestIntro: (n) => `${n} copias de seguridad están atrasadas.`,
    digestLine: (job, last, elapsed) => `- ${job}: última copia ${last} (${elapsed})`,
    digestMore: (n) => `… y ${n} más`,
  },
  'pt-BR': {
    statuses: { Success: 'Sucesso', Warning: 'Aviso', Error: 'Erro', Fatal: 'Fatal', Unknown: 'Desconhecido' },
    noTolerance: 'Sem tolerância',
    minutes: (n) => `${n} min`,
    hours: (n, one) => `${n} ${one ? 'hora' : 'horas'}`,
    days: (n, one) => `${n} ${one ? 'dia' : 'dias'}`,
    digestTitle: (n) => `🕑 ${n} backups atrasados`,
    digestIntro: (n) => `${n} backups estão atrasados.`,
    digestLine: (job, last, elapsed) => `- ${job}: último backup ${last} (${elapsed})`,
    digestMore: (n) => `… e mais ${n}`,
  },
  'zh-CN': {
    statuses: { Success: '成功', Warning: '警告', Error: '错误', Fatal: '致命', Unknown: '未知' },
    noTolerance: '无容差',
    minutes: (n) => `${n} 分钟`,
    hours: (n) => `${n} 小时`,
    days: (n) => `${n} 天`,
    digestTitle: (n) => `🕑 ${n} 个备份逾期`,
    digestIntro: (n) => `${n} 个备份已逾期。`,
    digestLine: (job, last, elapsed) => `- ${job}：上次备份 ${last}（${elapsed}）`,
    digestMore: (n) => `… 另有 ${n} 个`,
  },
};
