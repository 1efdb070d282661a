import { builder } from './builder.ts';

/** Every expected failure a client can select; unexpected ones stay GraphQL errors. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
  }),
});

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The thing named by the input does not exist.',
  interfaces: [ErrorInterface],
});

export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An input value was refused; `field` names it.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field') }),
});
