import type { Db } from '../../db/types.ts';

export interface CollectedServer {
  id: string;
  name: string;
  created: boolean;
}

export class CollectIdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectIdentityError';
  }
}

/**
 * docs/compatibility/upload.md#collect: the server asked for by id; else an existing server with
 * Duplicati's machine name (the newest, as duplistatus ≥ 1.4.2), so a machine whose machine-id
 * changed is not split in two; else a new server keyed by the machine-id option. The row takes the
 * name Duplicati gives now, the address that answered, and the sealed password.
 */
export async function resolveCollectedServer(
  db: Db,
  input: {
    knownServerId?: string;
    machineName: string;
    machineId: string | null;
    baseUrl: string;
    sealedPassword?: string;
    transport?: { allowHttp: boolean; trustSelfSigned: boolean };
    now: Date;
  },
): Promise<CollectedServer> {
  const nowIso = input.now.toISOString();
  const changes = {
    name: input.machineName,
    serverUrl: input.baseUrl,
    updatedAt: nowIso,
    ...(input.sealedPassword !== undefined ? { serverPassword: input.sealedPassword } : {}),
    ...(input.transport ? { collectAllowHttp: input.transport.allowHttp, collectTrustSelfSigned: input.transport.trustSelfSigned } : {}),
  };
  const existingId = input.knownServerId ?? (await newestServerNamed(db, input.machineName));
  if (existingId) {
    const updated = await db.server.update({ where: { id: existingId }, data: changes, select: { id: true, name: true } });
    return { ...updated, created: false };
  }
  if (!input.machineId) {
    throw new CollectIdentityError(
      `${input.baseUrl} names no machine-id in /api/v1/systeminfo, and no server is called "${input.machineName}"`,
    );
  }
  const existing = await db.server.findUnique({ where: { id: input.machineId }, select: { id: true } });
  if (existing) {
    const updated = await db.server.update({ where: { id: input.machineId }, data: changes, select: { id: true, name: true } });
    return { ...updated, created: false };
  }
  const created = await db.server.create({ data: { id: input.machineId, ...changes }, select: { id: true, name: true } });
  return { ...created, created: true };
}

async function newestServerNamed(db: Db, name: string): Promise<string | null> {
  const server = await db.server.findFirst({ where: { name }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: { id: true } });
  return server?.id ?? null;
}
