import { describe, expect, it } from 'vitest';
import { parsePrometheusText } from '../support/prometheus-text.ts';

describe('the Prometheus text-format reader the metrics tests rely on', () => {
  it('reads families, types, help and escaped label values', () => {
    const families = parsePrometheusText(
      [
        '# HELP backup_bytes Bytes, with a \\\\ and a\\nnewline',
        '# TYPE backup_bytes gauge',
        'backup_bytes{name="Say \\"hi\\" to C:\\\\me",line="a\\nb"} 1.5e3',
        'backup_bytes{name="other",} 2 1700000000000',
        '# TYPE duration_seconds histogram',
        'duration_seconds_bucket{le="+Inf"} 3',
        'duration_seconds_sum 0.5',
        'duration_seconds_count 3',
        'lag Nan',
        '',
      ].join('\n'),
    );
    expect(families.get('backup_bytes')).toEqual({
      name: 'backup_bytes',
      type: 'gauge',
      help: 'Bytes, with a \\ and a\nnewline',
      samples: [
        { name: 'backup_bytes', labels: { name: 'Say "hi" to C:\\me', line: 'a\nb' }, value: 1500 },
        { name: 'backup_bytes', labels: { name: 'other' }, value: 2 },
      ],
    });
    expect(families.get('duration_seconds')?.samples.map((sample) => sample.name)).toEqual([
      'duration_seconds_bucket',
      'duration_seconds_sum',
      'duration_seconds_count',
    ]);
    expect(families.get('lag')?.samples[0]?.value).toBeNaN();
  });

  it.each([
    ['a series twice', 'x{a="1"} 1\nx{a="1"} 2\n', /twice/],
    ['a family split by another', 'x 1\ny 1\nx{a="2"} 1\n', /appears again/],
    ['a TYPE after samples', 'x 1\n# TYPE x gauge\n', /TYPE for x after its samples/],
    ['an unknown escape', 'x{a="\\t"} 1\n', /bad escape/],
    ['an unclosed label value', 'x{a="1} 1\n', /not closed/],
    ['a value that is no number', 'x 1O\n', /bad value/],
    ['no newline at the end', 'x 1', /end with a newline/],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parsePrometheusText(text)).toThrow(message);
  });
});
