/**
 * Why a Duplicati server could not be read. `kind` is what a user can act on: check the address,
 * the password, the certificate choice, or the http setting.
 */
export type DuplicatiFailureKind =
  | 'invalid-address'
  | 'unreachable'
  | 'tls'
  | 'plain-http-refused'
  | 'login-refused'
  | 'not-duplicati'
  | 'failed';

export class DuplicatiError extends Error {
  constructor(
    readonly kind: DuplicatiFailureKind,
    message: string,
    /** The address tried, without credentials (Duplicati takes none in URLs anyway). */
    readonly url?: string,
  ) {
    super(message);
    this.name = 'DuplicatiError';
  }
}
