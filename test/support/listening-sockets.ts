import fs from 'node:fs';
import net from 'node:net';

/**
 * Which process listens on a port, read from the kernel (Linux /proc) rather than from what the
 * server says about itself: the proof that the pid a test signals is the one that serves.
 */

const TCP_LISTEN = '0A';

/** Inodes of the TCP sockets in LISTEN state on `port` (IPv4 and IPv6). */
export function listeningSocketInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, localAddress, , state, , , , , , inode] = fields;
      if (!localAddress || state !== TCP_LISTEN || !inode) continue;
      if (Number.parseInt(localAddress.split(':').pop()!, 16) === port) inodes.add(inode);
    }
  }
  return inodes;
}

/** Whether process `pid` holds a socket in LISTEN state on `port`. */
export function processListensOn(pid: number, port: number): boolean {
  const inodes = listeningSocketInodes(port);
  if (inodes.size === 0) return false;
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  return fds.some((fd) => {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      return match !== null && inodes.has(match[1]!);
    } catch {
      return false; // closed meanwhile
    }
  });
}

/** Whether anything accepts a TCP connection on 127.0.0.1:`port` right now. */
export function acceptsConnections(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
