import { getDatamodel } from '../generated/pothos-types.ts';
import { InvalidInputError } from './errors.ts';

/**
 * Every id an argument names is decoded here, against the type the argument expects. A global id
 * is base64 of "<type>:<key>"; reading the key without checking the type turned the id of another
 * type, or text that is no id at all, into key 0 and the answer "No backup job with id 0".
 */

/** How each type's records are keyed; every Node type is the Prisma model of the same name. */
export interface NodeKeys {
  Server: string;
  BackupJob: number;
  Backup: string;
  Alert: number;
  NotificationDelivery: number;
  NotificationWebhook: number;
}

export type NodeTypename = keyof NodeKeys;

const keyColumnTypes = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [name, model.fields.find((field) => field.isId)?.type]),
);

// Prisma's Int is 32-bit: a larger key is a query error, not "no such row".
const MAX_INT_KEY = 2 ** 31 - 1;

/**
 * Node types with exactly one object, which is no Prisma record: their global id has this fixed
 * key, so a normalised client cache keeps one entry and refreshes it from every answer.
 */
export const SINGLETON_NODE_KEYS: Readonly<Record<string, string>> = { MonitoringSettings: 'current' };

const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const TYPENAME = /^[A-Z_a-z]\w*$/;

/**
 * The Relay plugin's reading of a global id (base64 of "<type>:<key>", the key after the first
 * colon), answering null where it throws: servers are named by raw machine-ids as often as by
 * global ids, and building a thrown error for each of those cost more than the read it named.
 */
function decodeGlobalIdText(value: string): { typename: string; id: string } | null {
  if (!BASE64.test(value)) return null;
  const parts = Buffer.from(value, 'base64').toString().split(':');
  const [typename, firstPart] = parts;
  if (!typename || !firstPart || !TYPENAME.test(typename)) return null;
  return { typename, id: parts.slice(1).join(':') };
}

/** The type and key a global id of this API names, or null for anything else. */
export function decodeNodeId(value: string): { typename: string; id: string } | null {
  const decoded = decodeGlobalIdText(value);
  if (!decoded) return null;
  if (Object.hasOwn(SINGLETON_NODE_KEYS, decoded.typename)) return decoded.id === SINGLETON_NODE_KEYS[decoded.typename] ? decoded : null;
  const keyType = keyColumnTypes.get(decoded.typename);
  if (keyType === undefined) return null;
  if (keyType === 'Int' && !(/^(0|[1-9]\d{0,9})$/.test(decoded.id) && Number(decoded.id) <= MAX_INT_KEY)) return null;
  return decoded;
}

/**
 * The key of the `typename` record that the global id given as `field` names. Text that is no
 * global id of this API, or the id of another type, is an InvalidInputError naming `field`.
 */
export function decodeIdOf<T extends NodeTypename>(typename: T, value: string | number, field: string): NodeKeys[T] {
  const text = String(value);
  const decoded = decodeNodeId(text);
  if (!decoded) {
    throw new InvalidInputError(
      field,
      `${field} must be the id of ${withArticle(typename)} as this API returns it; got ${JSON.stringify(text)}`,
    );
  }
  return keyOfType(typename, decoded, text, field);
}

/**
 * Wherever an argument names a server, both its global id and the raw Duplicati machine-id are
 * accepted, because hand-written Homepage YAML and scripts use the machine-id while GraphQL
 * clients reuse global ids. The global id of another type is refused, not looked up as a
 * machine-id that cannot exist.
 */
export function serverIdFromArgument(value: string | number, field: string): string {
  const text = String(value);
  const decoded = decodeNodeId(text);
  return decoded ? keyOfType('Server', decoded, text, field) : text;
}

function keyOfType<T extends NodeTypename>(
  typename: T,
  decoded: { typename: string; id: string },
  text: string,
  field: string,
): NodeKeys[T] {
  if (decoded.typename !== typename) {
    throw new InvalidInputError(
      field,
      `${field} must be the id of ${withArticle(typename)}; ${JSON.stringify(text)} is the id of ${withArticle(decoded.typename)}`,
    );
  }
  return (keyColumnTypes.get(typename) === 'Int' ? Number(decoded.id) : decoded.id) as NodeKeys[T];
}

function withArticle(typename: string): string {
  return `${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`;
}
