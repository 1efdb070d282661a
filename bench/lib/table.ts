/** One line of the benchmark's one table. */
export interface Row {
  section: string;
  measure: string;
  /** What dupligraph does. */
  value: string;
  /** The limit or hand-written SQL it is compared with, measured in the same run. */
  baseline?: string;
  ratio?: string;
  target?: string;
  /** Undefined when the row has no target. */
  met?: boolean;
}

/** A Markdown table: readable in a terminal, pasted as is into the README. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['', 'measure', 'dupligraph', 'limit / hand SQL', 'ratio', 'target', 'met'];
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.value,
    row.baseline ?? '',
    row.ratio ?? '',
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'PASS' : '**FAIL**',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
