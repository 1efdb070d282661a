import { builder } from './builder.ts';

/** Every expected failure a client can select; unexpected ones stay GraphQL errors. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
  }),
});
