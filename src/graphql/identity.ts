import { decodeGlobalID } from '@pothos/plugin-relay';

/**
 * DESIGN.md "Identity": wherever an argument names a server, both its global id and the raw
 * Duplicati machine-id are accepted, because hand-written Homepage YAML and scripts use the
 * machine-id while GraphQL clients reuse global ids.
 */
export function serverIdFromArgument(value: string): string {
  return decodeTypedGlobalId(value, 'Server') ?? value;
}

export function decodeTypedGlobalId(value: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
