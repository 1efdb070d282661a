import { GraphQLError } from 'graphql';
import { serverIdFromArgument } from '../identity.ts';

/**
 * The date every deprecation names, so clients can plan one migration: the schema-as-a-contract
 * renames and the older duplistatus 0.7 shims alike (every reason ends with it; a test checks).
 */
export const CONTRACT_REMOVAL_DATE = '2027-06-30';

/**
 * The reason every machine-vocabulary twin carries: its replacement by schema coordinate, and
 * when it goes away. All of docs/compatibility/rest-api.md#machine-to-server-renames's renames happened in duplistatus 0.7.
 */
export function renamedInDuplistatus07(replacement: string): string {
  return `Use ${replacement}. Renamed in duplistatus 0.7; Query.deprecatedFieldUsage shows who still uses it. Will be removed after ${CONTRACT_REMOVAL_DATE}`;
}

/**
 * The reason an argument or input field carries once a @oneOf input replaces it: the
 * replacement's schema coordinate and the member to give, and when the old form goes away.
 */
export function replacedByOneOf(replacement: string, member: string): string {
  return `Use ${replacement} with ${member} (a @oneOf input: the schema checks that exactly one way is given). Will be removed after ${CONTRACT_REMOVAL_DATE}`;
}

/**
 * Options for a deprecated `machineId` argument or input field beside `serverId`. Kept apart from
 * deprecated-shims.ts because the entity folders' queries and subscriptions use it while defining
 * the types that file extends.
 */
export function machineIdArgument(replacement: string) {
  return {
    required: false,
    description: 'Old name of serverId (global id or machine-id), treated exactly like it.',
    deprecationReason: renamedInDuplistatus07(replacement),
  } as const;
}

/**
 * The server named by `serverId` or its deprecated twin `machineId`, as a machine-id; null when
 * neither is given. Both may be given only when they name the same server.
 */
export function requestedServerId(
  serverId: string | number | null | undefined,
  machineId: string | number | null | undefined,
): string | null {
  const fromServerId = serverId ? serverIdFromArgument(serverId, 'serverId') : null;
  const fromMachineId = machineId ? serverIdFromArgument(machineId, 'machineId') : null;
  if (fromServerId && fromMachineId && fromServerId !== fromMachineId) {
    throw new GraphQLError('serverId and machineId name different servers; give only serverId (machineId is its deprecated name).');
  }
  return fromServerId ?? fromMachineId;
}

/**
 * The reason a field carries once a clearer field replaces it: the replacement's schema
 * coordinate, why, and the date it goes away.
 */
export function replacedBy(replacement: string, why: string): string {
  return `Use ${replacement}: ${why}. Will be removed after ${CONTRACT_REMOVAL_DATE}`;
}
