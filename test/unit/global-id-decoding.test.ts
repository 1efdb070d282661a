import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { decodeNodeId, serverIdFromArgument } from '../../src/graphql/identity.ts';

/** What the Relay plugin reads from a global id, null where it throws. */
function relayReading(value: string) {
  try {
    return decodeGlobalID(value);
  } catch {
    return null;
  }
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('reading global ids without the Relay plugin throwing', () => {
  const samples = [
    encodeGlobalID('Server', '5f2b1c0e9a8d4e7f'),
    encodeGlobalID('BackupJob', '42'),
    encodeGlobalID('Backup', 'a:b:c'),
    encodeGlobalID('Server', 'ünïcødé'),
    encodeGlobalID('MonitoringSettings', 'current'),
    '5f2b1c0e9a8d4e7f3c2b1a0d',
    'abcd',
    'machine-1',
    '',
    base64(':42'),
    base64('Server:'),
    base64('Server::x'),
    base64('1Server:x'),
    base64('Ser ver:x'),
    base64('Server'),
    `${encodeGlobalID('Server', 'x')}=`,
    'U2VydmVyOng',
    'U2VydmVyOng=',
  ];

  it.each(samples)('reads %j as the Relay plugin does', (value) => {
    const relay = relayReading(value);
    const ours = decodeNodeId(value);
    // Each sample that reads as an id names a type of this API with a key of the right kind.
    expect(ours).toEqual(relay);
  });

  it('takes a raw machine-id as it is and a server global id as its key', () => {
    expect(serverIdFromArgument('5f2b1c0e9a8d4e7f3c2b1a0d', 'server')).toBe('5f2b1c0e9a8d4e7f3c2b1a0d');
    expect(serverIdFromArgument('abcd', 'server')).toBe('abcd');
    expect(serverIdFromArgument(encodeGlobalID('Server', 'abcd'), 'server')).toBe('abcd');
    expect(() => serverIdFromArgument(encodeGlobalID('BackupJob', '1'), 'server')).toThrow(/server/);
  });
});
