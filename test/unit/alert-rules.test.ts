import { describe, expect, it } from 'vitest';
import { decideRunAlerts } from '../../src/domain/alerts/run-rules.ts';

describe('decideRunAlerts', () => {
  it('raises BACKUP_FAILED for Error and Fatal runs whatever the notification level', () => {
    for (const level of ['all', 'warnings', 'errors', 'off'] as const) {
      expect(decideRunAlerts('Error', 1, level)).toEqual({ raise: 'BACKUP_FAILED', resolve: [] });
      expect(decideRunAlerts('Fatal', 0, level).raise).toBe('BACKUP_FAILED');
    }
  });

  it('lets a clean Success resolve lateness, failure and warnings and raise nothing', () => {
    expect(decideRunAlerts('Success', 0, 'all')).toEqual({ raise: null, resolve: ['OVERDUE', 'BACKUP_FAILED', 'BACKUP_WARNING'] });
  });

  it('treats a Warning run as good but announces it per the level', () => {
    expect(decideRunAlerts('Warning', 0, 'warnings')).toEqual({ raise: 'BACKUP_WARNING', resolve: ['OVERDUE', 'BACKUP_FAILED'] });
    expect(decideRunAlerts('Warning', 0, 'errors').raise).toBeNull();
    expect(decideRunAlerts('Warning', 1, 'errors').raise).toBe('BACKUP_WARNING');
    expect(decideRunAlerts('Warning', 0, 'off').raise).toBeNull();
  });

  it('announces an Unknown status without treating it as a good run', () => {
    expect(decideRunAlerts('Unknown', 0, 'warnings')).toEqual({ raise: 'BACKUP_WARNING', resolve: [] });
  });
});
