import type { DuplicatiError } from '../../duplicati/errors.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from '../errors.ts';

/** A Duplicati server could not be read; each kind its own type, so clients can branch on __typename. */
abstract class DuplicatiFailure extends Error {
  constructor(
    message: string,
    readonly url: string | null,
  ) {
    super(message);
  }
}

export class DuplicatiUnreachableError extends DuplicatiFailure {
  override name = 'DuplicatiUnreachableError';
}
export class DuplicatiLoginRefusedError extends DuplicatiFailure {
  override name = 'DuplicatiLoginRefusedError';
}
export class DuplicatiTlsError extends DuplicatiFailure {
  override name = 'DuplicatiTlsError';
}
export class NotDuplicatiServerError extends DuplicatiFailure {
  override name = 'NotDuplicatiServerError';
}
export class PlainHttpRefusedError extends DuplicatiFailure {
  override name = 'PlainHttpRefusedError';
}
export class DuplicatiRequestFailedError extends DuplicatiFailure {
  override name = 'DuplicatiRequestFailedError';
}

const described: [new (message: string, url: string | null) => DuplicatiFailure, string, string][] = [
  [
    DuplicatiUnreachableError,
    'DuplicatiUnreachableError',
    'Nothing answered at the Duplicati address (connection refused, no route, unknown host, timeout).',
  ],
  [DuplicatiLoginRefusedError, 'DuplicatiLoginRefusedError', 'Duplicati refused the password (its answer: 401 "Failed to log in").'],
  [
    DuplicatiTlsError,
    'DuplicatiTlsError',
    "The https connection failed: an untrusted certificate (trust the server's self-signed certificate in its collect settings), or a failed handshake.",
  ],
  [NotDuplicatiServerError, 'NotDuplicatiServerError', "Something answered at the address, but not as Duplicati's web API does."],
  [
    PlainHttpRefusedError,
    'PlainHttpRefusedError',
    'The server speaks plain http: give the address as http://… or allow http for this server (the password then travels unencrypted).',
  ],
  [DuplicatiRequestFailedError, 'DuplicatiRequestFailedError', 'Duplicati answered one of its API requests with an error.'],
];

for (const [errorClass, name, description] of described) {
  builder.objectType(errorClass, {
    name,
    description,
    interfaces: [ErrorInterface],
    fields: (t) => ({
      url: t.string({ nullable: true, description: 'The address tried, when one was.', resolve: (error) => error.url }),
    }),
  });
}

export const DUPLICATI_ERROR_TYPES = [
  DuplicatiUnreachableError,
  DuplicatiLoginRefusedError,
  DuplicatiTlsError,
  NotDuplicatiServerError,
  PlainHttpRefusedError,
  DuplicatiRequestFailedError,
];

/** The typed GraphQL error for a failure of the client (src/duplicati/errors.ts). */
export function duplicatiFailure(error: DuplicatiError): DuplicatiFailure {
  const url = error.url ?? null;
  switch (error.kind) {
    case 'unreachable':
      return new DuplicatiUnreachableError(error.message, url);
    case 'login-refused':
      return new DuplicatiLoginRefusedError(error.message, url);
    case 'tls':
      return new DuplicatiTlsError(error.message, url);
    case 'plain-http-refused':
      return new PlainHttpRefusedError(error.message, url);
    case 'not-duplicati':
      return new NotDuplicatiServerError(error.message, url);
    default:
      return new DuplicatiRequestFailedError(error.message, url);
  }
}
