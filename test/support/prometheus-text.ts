/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), as Prometheus scrapes
 * it: `# HELP` and `# TYPE` lines, then samples `name{label="value",...} value [timestamp]`,
 * label values escaped with \\, \" and \n. Anything a scrape would reject throws, naming the
 * line: a malformed line, a family's samples split apart, a TYPE after its samples, a series
 * twice. Written for the tests; prom-client writes this format but has no reader.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: string;
  help: string | null;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
/** The sample names a family of each type may have, besides its own name. */
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count'] };

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const seriesSeen = new Set<string>();
  const closedFamilies = new Set<string>();
  let current: MetricFamily | null = null;

  const familyNamed = (name: string, lineNumber: number): MetricFamily => {
    let family = families.get(name);
    if (!family) {
      family = { name, type: 'untyped', help: null, samples: [] };
      families.set(name, family);
    }
    if (current !== family) {
      if (current) closedFamilies.add(current.name);
      if (closedFamilies.has(name)) throw new Error(`line ${lineNumber}: metric family ${name} appears again after another one`);
      current = family;
    }
    return family;
  };

  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('the exposition must end with a newline');
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const comment = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s(.*))?$/.exec(line);
      if (!comment) return; // any other comment is allowed and means nothing
      const [, keyword, name, rest = ''] = comment;
      if (!METRIC_NAME.test(name!) || METRIC_NAME.exec(name!)![0] !== name)
        throw new Error(`line ${lineNumber}: bad metric name "${name}"`);
      const family = familyNamed(name!, lineNumber);
      if (keyword === 'HELP') {
        if (family.help !== null) throw new Error(`line ${lineNumber}: second HELP for ${name}`);
        family.help = unescapeHelp(rest);
      } else {
        if (!TYPES.has(rest.trim())) throw new Error(`line ${lineNumber}: unknown type "${rest}" for ${name}`);
        if (family.samples.length > 0) throw new Error(`line ${lineNumber}: TYPE for ${name} after its samples`);
        family.type = rest.trim();
      }
      return;
    }
    const sample = parseSampleLine(line, lineNumber);
    const familyName = current && belongsTo(sample.name, current) ? current.name : sample.name;
    const family = familyNamed(familyName, lineNumber);
    const key = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
    if (seriesSeen.has(key)) throw new Error(`line ${lineNumber}: series ${sample.name}${JSON.stringify(sample.labels)} appears twice`);
    seriesSeen.add(key);
    family.samples.push(sample);
  });
  return families;
}

function belongsTo(sampleName: string, family: MetricFamily): boolean {
  if (sampleName === family.name) return true;
  return (SUFFIXES[family.type] ?? []).some((suffix) => sampleName === `${family.name}${suffix}`);
}

function parseSampleLine(line: string, lineNumber: number): Sample {
  const fail = (why: string): never => {
    throw new Error(`line ${lineNumber}: ${why}: ${line}`);
  };
  let rest = line;
  const name = METRIC_NAME.exec(rest)?.[0] ?? fail('no metric name');
  rest = rest.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    rest = rest.slice(1);
    while (!rest.startsWith('}')) {
      const labelName = LABEL_NAME.exec(rest)?.[0] ?? fail('bad label name');
      rest = rest.slice(labelName.length);
      if (!rest.startsWith('="')) fail(`label ${labelName} has no ="value"`);
      rest = rest.slice(2);
      let value = '';
      for (;;) {
        const char = rest[0] ?? fail(`label ${labelName} is not closed`);
        if (char === '"') break;
        if (char === '\\') {
          const escaped = rest[1];
          if (escaped === '\\') value += '\\';
          else if (escaped === '"') value += '"';
          else if (escaped === 'n') value += '\n';
          else fail(`bad escape \\${escaped} in label ${labelName}`);
          rest = rest.slice(2);
        } else {
          value += char;
          rest = rest.slice(1);
        }
      }
      rest = rest.slice(1);
      if (labelName in labels) fail(`label ${labelName} twice`);
      labels[labelName] = value;
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (!rest.startsWith('}')) fail('expected , or } after a label');
    }
    rest = rest.slice(1);
  }
  const fields = rest.trim().split(/\s+/);
  if (!rest.startsWith(' ') || fields.length < 1 || fields.length > 2) fail('expected " value [timestamp]"');
  const value = parseValue(fields[0]!) ?? fail(`bad value "${fields[0]}"`);
  if (fields[1] !== undefined && !/^-?\d+$/.test(fields[1])) fail(`bad timestamp "${fields[1]}"`);
  return { name, labels, value };
}

/** Prometheus reads values with Go's ParseFloat: NaN and Inf in any letter case (prom-client writes "Nan"). */
function parseValue(text: string): number | null {
  const word = text.toLowerCase();
  if (word === 'nan') return Number.NaN;
  if (word === 'inf' || word === '+inf' || word === 'infinity' || word === '+infinity') return Number.POSITIVE_INFINITY;
  if (word === '-inf' || word === '-infinity') return Number.NEGATIVE_INFINITY;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  return Number(text);
}

function unescapeHelp(text: string): string {
  return text.replace(/\\(\\|n)/g, (_match, escaped: string) => (escaped === 'n' ? '\n' : '\\'));
}
