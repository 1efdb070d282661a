import { GraphQLError } from 'graphql';
import { builder } from './builder.ts';

/** Every expected failure a client can select; unexpected ones stay GraphQL errors. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as data in a result union; select __typename for its kind.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in English, for people.' }),
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

/**
 * A GraphQLError too: a field whose result lists it returns it as data, any other field answers
 * with it as a GraphQL error (code BAD_USER_INPUT) instead of masking it as unexpected.
 */
export class InvalidInputError extends GraphQLError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
    this.name = 'InvalidInputError';
  }
}

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An input value was refused; `field` names it.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field that was refused, by its name in the input.' }) }),
});
