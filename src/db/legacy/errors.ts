/** A file this dupligraph will not open: an unknown or newer layout. It is never changed. */
export class UnsupportedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Refusing to use the database ${file}: ${reason}. The file was not changed.`);
    this.name = 'UnsupportedDatabaseError';
  }
}
