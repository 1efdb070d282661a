/**
 * A model of how Homepage (gethomepage/homepage, v1.12) runs and draws a `customapi` widget, as
 * read in its source: src/widgets/customapi/component.jsx (field lookup, remap, formats, the
 * three displays), src/utils/proxy/handlers/generic.js and use-widget-api.js (the request and
 * what becomes an error), src/utils/config/shvl.js (paths), next-i18next.config.js and
 * public/locales/en/common.json (the format functions), and i18next's Formatter (a format
 * function that throws leaves the value unformatted; null then becomes an empty string).
 *
 * Only those facts are restated here, in our own code; nothing else about Homepage is assumed.
 * Every mapping option the model does not know is refused, so a new option in services.yaml
 * cannot pass untested.
 */
import fs from 'node:fs';
import http from 'node:http';
import { parse as parseYaml } from 'yaml';

export interface FormatSpec {
  format?: string;
  remap?: { value?: unknown; any?: boolean; to: unknown }[];
  prefix?: string;
  suffix?: string;
  locale?: string;
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
  style?: 'long' | 'short' | 'narrow';
  numeric?: 'always' | 'auto';
}

export interface Mapping extends FormatSpec {
  field?: unknown;
  label: string;
  additionalField?: FormatSpec & { field: unknown; color?: string };
}

export interface DynamicListMappings extends FormatSpec {
  items?: string;
  name: string;
  label: string;
  limit?: number | string;
  target?: string;
}

export interface Widget {
  type: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  requestBody?: unknown;
  display?: 'block' | 'list' | 'dynamic-list';
  refreshInterval?: number;
  mappings: Mapping[] | DynamicListMappings;
}

export interface Service {
  group: string;
  name: string;
  widget: Widget;
}

/** services.yaml: a list of groups, each `{ <group>: [ { <service>: { widget, ... } } ] }`; `placeholder` becomes `baseUrl`. */
export function loadServices(file: URL, placeholder: string, baseUrl: string): Service[] {
  const text = fs.readFileSync(file, 'utf8').replaceAll(placeholder, baseUrl);
  const groups = parseYaml(text) as Record<string, Record<string, { widget: Widget }>[]>[];
  return groups.flatMap((group) =>
    Object.entries(group).flatMap(([groupName, services]) =>
      services.flatMap((entry) => Object.entries(entry).map(([name, service]) => ({ group: groupName, name, widget: service.widget }))),
    ),
  );
}

export type HomepageOutcome = { kind: 'data'; data: any } | { kind: 'error'; error: { message: string; data?: unknown }; status: number };

/**
 * The request Homepage's proxy makes for a widget, and what its widget then holds: it sends
 * `widget.method` (else GET) with `widget.headers` and nothing else (no Content-Type or Accept of
 * its own; an object `requestBody` as JSON text); an answer with status >= 400 becomes an error
 * "HTTP Error"; otherwise the body is parsed as JSON, and a top-level `error` key is an error too.
 */
export function requestAsHomepage(widget: Widget): Promise<HomepageOutcome> {
  const body =
    widget.requestBody === undefined
      ? undefined
      : typeof widget.requestBody === 'object'
        ? JSON.stringify(widget.requestBody)
        : String(widget.requestBody);
  const headers: Record<string, string | number> = { ...(widget.headers ?? {}) };
  if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(widget.url), { method: widget.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        if (status >= 400) {
          resolve({ kind: 'error', status, error: { message: 'HTTP Error', data: text } });
          return;
        }
        let data: any;
        try {
          data = JSON.parse(text);
        } catch {
          resolve({ kind: 'error', status, error: { message: 'Invalid data', data: text } });
          return;
        }
        if (data && typeof data === 'object' && data.error != null) resolve({ kind: 'error', status, error: data.error });
        else resolve({ kind: 'data', data });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Homepage's lookup of a mapping's `field`: a string is a path whose keys are split on runs of
 * ".", "[" and "]" (a missing key gives null); a nested YAML object is walked key by key.
 */
export function resolveField(field: unknown, data: any): unknown {
  if (field === undefined) return data;
  if (typeof field === 'string') return walkPath(data, field, null) ?? data?.[field] ?? null;
  let value = data;
  let rest: unknown = field;
  while (rest !== null && typeof rest === 'object') {
    const key = Object.keys(rest)[0];
    if (key === undefined) break;
    value = value?.[key];
    rest = (rest as Record<string, unknown>)[key];
  }
  return value?.[rest as string] ?? null;
}

export function walkPath(data: any, path: string, fallback: unknown): unknown {
  let value = data;
  for (const key of path.split(/[.[\]]+/)) {
    value = value && value[key] !== undefined ? value[key] : undefined;
  }
  return value === undefined ? fallback : value;
}

const KNOWN_FORMAT_KEYS = new Set(['format', 'remap', 'prefix', 'suffix', 'locale', 'dateStyle', 'timeStyle', 'style', 'numeric']);
const MAPPING_KEYS = new Set([...KNOWN_FORMAT_KEYS, 'field', 'label', 'additionalField']);
const ADDITIONAL_FIELD_KEYS = new Set([...KNOWN_FORMAT_KEYS, 'field', 'color']);
const DYNAMIC_LIST_KEYS = new Set([...KNOWN_FORMAT_KEYS, 'items', 'name', 'label', 'limit', 'target']);
const FORMATS = new Set([undefined, 'text', 'number', 'float', 'duration', 'bytes', 'date', 'relativeDate']);

function refuseUnknownOptions(spec: object, known: Set<string>, where: string): void {
  const unknown = Object.keys(spec).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`${where}: the Homepage model does not know ${unknown.join(', ')}`);
  const format = (spec as FormatSpec).format;
  if (!FORMATS.has(format)) throw new Error(`${where}: the Homepage model does not know format "${format}"`);
}

/**
 * The text Homepage shows for one value: remap first (the first entry with `any` or an equal
 * `value`), then the format, then prefix and suffix. A format runs through i18next, whose
 * formatter keeps the unformatted value when a format function throws, and turns null into "";
 * without a format the value goes to React as it is, which shows null and booleans as nothing.
 */
export function formatAsHomepage(spec: FormatSpec, raw: unknown, now: Date): string {
  let value = raw;
  for (const remap of spec.remap ?? []) {
    if (remap.any || remap.value === value) {
      value = remap.to;
      break;
    }
  }
  let shown: string;
  if (spec.format === undefined || spec.format === 'text') {
    shown = asReactText(value);
  } else {
    const input = spec.format === 'number' ? Number.parseInt(String(value), 10) : value;
    let formatted: unknown = input;
    try {
      formatted = FORMAT_FUNCTIONS[spec.format]!(input, spec, now);
    } catch {
      // i18next logs and keeps the value as it was.
    }
    shown = formatted === null || formatted === undefined ? '' : String(formatted);
  }
  if (spec.prefix) shown = `${spec.prefix} ${shown}`;
  if (spec.suffix) shown = `${shown} ${spec.suffix}`;
  return shown;
}

function asReactText(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (typeof value === 'object') throw new Error(`Homepage cannot show an object as a value: ${JSON.stringify(value)}`);
  return String(value);
}

type FormatFunction = (value: unknown, spec: FormatSpec, now: Date) => string;

const FORMAT_FUNCTIONS: Record<string, FormatFunction> = {
  number: (value, spec) => new Intl.NumberFormat(spec.locale ?? 'en').format(value as number),
  float: (value, spec) => new Intl.NumberFormat(spec.locale ?? 'en').format(value as number),
  duration: (value) => formatDuration(value as number),
  bytes: (value) => formatBytes(Number.parseFloat(String(value))),
  // Homepage formats in the browser's zone; the tests run in UTC.
  date: (value, spec) =>
    new Intl.DateTimeFormat(spec.locale ?? 'en', {
      dateStyle: spec.dateStyle ?? 'long',
      timeStyle: spec.timeStyle,
      timeZone: 'UTC',
    }).format(new Date(value as string)),
  relativeDate: (value, spec, now) => formatRelativeDate(new Date(value as string), now, spec),
};

/**
 * Homepage's duration: months of 31 days, days, hours, minutes, seconds, each only when non-zero
 * and only down to a limit set by the largest unit shown (months hide hours and smaller, days
 * hide minutes and smaller, hours hide seconds). Zero, null or a non-number shows nothing.
 */
function formatDuration(totalSeconds: number): string {
  const parts = {
    mo: Math.floor(totalSeconds / (31 * 86_400)),
    d: Math.floor((totalSeconds % (31 * 86_400)) / 86_400),
    h: Math.floor((totalSeconds % 86_400) / 3600),
    m: Math.floor((totalSeconds % 3600) / 60),
    s: Math.floor(totalSeconds % 60),
  };
  const shownUnits = parts.mo > 0 ? ['mo', 'd'] : parts.d > 0 ? ['d', 'h'] : parts.h > 0 ? ['h', 'm'] : ['m', 's'];
  return (Object.entries(parts) as [keyof typeof parts, number][])
    .filter(([unit, amount]) => amount > 0 && shownUnits.includes(unit))
    .map(([unit, amount]) => `${amount}${unit}`)
    .join('');
}

/** Decimal units, three significant digits ("187 GB"); a non-finite number throws (so it shows unformatted). */
function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) throw new TypeError(`not a finite number: ${bytes}`);
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
  if (Math.abs(bytes) < 1) return `${bytes.toLocaleString('en')} B`;
  const exponent = Math.min(Math.floor(Math.log10(Math.abs(bytes)) / 3), units.length - 1);
  return `${Number((bytes / 1000 ** exponent).toPrecision(3)).toLocaleString('en')} ${units[exponent]}`;
}

/**
 * Seconds from now (rounded) in the first unit whose upper bound exceeds them: second < 60,
 * minute < 1 h, hour < 1 d, day < 1 w, week < 30 d, month < 365 d, else year, counted by
 * flooring the signed number; an invalid date throws (so it shows unformatted).
 */
function formatRelativeDate(date: Date, now: Date, spec: FormatSpec): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (!Number.isFinite(seconds)) throw new RangeError('Invalid time value');
  const bounds: [Intl.RelativeTimeFormatUnit, number, number][] = [
    ['second', 60, 1],
    ['minute', 3600, 60],
    ['hour', 86_400, 3600],
    ['day', 7 * 86_400, 86_400],
    ['week', 30 * 86_400, 7 * 86_400],
    ['month', 365 * 86_400, 30 * 86_400],
    ['year', Number.POSITIVE_INFINITY, 365 * 86_400],
  ];
  const [unit, , size] = bounds.find(([, upper]) => upper > Math.abs(seconds))!;
  return new Intl.RelativeTimeFormat(spec.locale ?? 'en', { style: spec.style, numeric: spec.numeric }).format(
    Math.floor(seconds / size),
    unit,
  );
}

/** What a widget shows: an error, labelled rows (block and list), or list lines (dynamic-list). */
export type RenderedWidget =
  | { kind: 'error'; message: string }
  | { kind: 'rows'; rows: Record<string, string> }
  | { kind: 'lines'; lines: { name: string; label: string }[]; placeholder?: string };

/** The widget as Homepage draws it once `outcome` has arrived, at the browser's clock `now`. */
export function renderWidget(widget: Widget, outcome: HomepageOutcome, now: Date): RenderedWidget {
  if (outcome.kind === 'error') return { kind: 'error', message: outcome.error.message };
  const data = outcome.data;
  if (widget.display === 'dynamic-list') {
    const mappings = widget.mappings as DynamicListMappings;
    refuseUnknownOptions(mappings, DYNAMIC_LIST_KEYS, 'dynamic-list mappings');
    const items = mappings.items ? walkPath(data, mappings.items, null) : data;
    if (!Array.isArray(items)) return { kind: 'error', message: 'Unable to find items' };
    if (!mappings.name || !mappings.label) return { kind: 'error', message: 'Name and label properties are required' };
    const limit = Number.parseInt(String(mappings.limit ?? ''), 10);
    const shown = limit > 0 ? items.slice(0, limit) : items;
    if (shown.length === 0) return { kind: 'lines', lines: [], placeholder: 'No items found' };
    return {
      kind: 'lines',
      lines: shown.map((item) => ({
        name: asReactText(walkPath(item, mappings.name, item[mappings.name]) ?? ''),
        label: formatAsHomepage(mappings, walkPath(item, mappings.label, item[mappings.label]) ?? '', now),
      })),
    };
  }
  const mappings = widget.mappings as Mapping[];
  // The block display (the default) draws only the first four mappings.
  const drawn = widget.display === 'list' ? mappings : mappings.slice(0, 4);
  const rows: Record<string, string> = {};
  for (const mapping of drawn) {
    refuseUnknownOptions(mapping, MAPPING_KEYS, `mapping "${mapping.label}"`);
    rows[mapping.label] = formatAsHomepage(mapping, resolveField(mapping.field, data), now);
    if (mapping.additionalField && widget.display === 'list') {
      refuseUnknownOptions(mapping.additionalField, ADDITIONAL_FIELD_KEYS, `additionalField of "${mapping.label}"`);
      rows[`${mapping.label} +`] = formatAsHomepage(mapping.additionalField, resolveField(mapping.additionalField.field, data), now);
    }
  }
  return { kind: 'rows', rows };
}

/** Requests and draws a widget, as a Homepage page open at `now` shows it. */
export async function showWidget(widget: Widget, now: Date): Promise<RenderedWidget> {
  return renderWidget(widget, await requestAsHomepage(widget), now);
}
