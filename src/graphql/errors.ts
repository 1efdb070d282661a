import { GraphQLError, Kind } from 'graphql';
import type { GraphQLField, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { builder } from './builder.ts';

const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description:
    'What kind of failure an Error is, for code that branches on it rather than on the message. Values may be added as mutations gain new errors.',
  values: {
    NOT_FOUND: { description: 'NotFoundError: the thing named by the input does not exist.' },
    INVALID_INPUT: { description: 'InvalidInputError: an input value was refused; its path names it.' },
    AMBIGUOUS_SERVER_NAME: { description: 'AmbiguousServerNameError: a name matched several servers.' },
    INVALID_REPORT: { description: 'InvalidReportError: the report failed the checks /api/upload answers with 400.' },
    DUPLICATE_REPORT: { description: 'DuplicateReportError: the run is already stored.' },
    DUPLICATI_UNREACHABLE: {
      description: 'DuplicatiUnreachableError: no answer from the Duplicati address (refused, no route, timeout, unknown host).',
    },
    DUPLICATI_LOGIN_REFUSED: { description: 'DuplicatiLoginRefusedError: Duplicati refused the password.' },
    DUPLICATI_TLS_FAILED: { description: 'DuplicatiTlsError: the https connection failed, e.g. an untrusted (self-signed) certificate.' },
    NOT_DUPLICATI_SERVER: { description: 'NotDuplicatiServerError: something answered at the address, but not as Duplicati does.' },
    PLAIN_HTTP_REFUSED: { description: 'PlainHttpRefusedError: the server speaks plain http, which was not allowed for it.' },
    DUPLICATI_REQUEST_FAILED: { description: 'DuplicatiRequestFailedError: Duplicati answered a request with an error.' },
  } as const,
});

type ErrorCode = typeof ErrorCodeEnum.$inferType;

/** Keyed by each error class's `name`, which every class of a typed error sets. */
export const CODE_BY_ERROR_NAME: Readonly<Record<string, ErrorCode>> = {
  NotFoundError: 'NOT_FOUND',
  InvalidInputError: 'INVALID_INPUT',
  AmbiguousServerNameError: 'AMBIGUOUS_SERVER_NAME',
  InvalidReportError: 'INVALID_REPORT',
  DuplicateReportError: 'DUPLICATE_REPORT',
  DuplicatiUnreachableError: 'DUPLICATI_UNREACHABLE',
  DuplicatiLoginRefusedError: 'DUPLICATI_LOGIN_REFUSED',
  DuplicatiTlsError: 'DUPLICATI_TLS_FAILED',
  NotDuplicatiServerError: 'NOT_DUPLICATI_SERVER',
  PlainHttpRefusedError: 'PLAIN_HTTP_REFUSED',
  DuplicatiRequestFailedError: 'DUPLICATI_REQUEST_FAILED',
};

/** Every expected failure a client can select; unexpected ones stay GraphQL errors. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as data in a result union; select __typename for its kind.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in English, for people.' }),
    code: t.field({
      type: ErrorCodeEnum,
      description: 'The kind of failure, machine-readable; the same for every error of one type.',
      resolve: (error) => {
        const code = CODE_BY_ERROR_NAME[error.name];
        if (!code) throw new Error(`No ErrorCode for the error type ${error.name}`);
        return code;
      },
    }),
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
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field that was refused, by its name in the input.' }),
    path: t.stringList({
      description:
        "Where the refused value is, from the arguments of the field that answered this error: the argument's name first (`input` for a mutation's input), then the input fields inside it.",
      resolve: (error, _args, _ctx, info) => pathFromArguments(error.field, info),
    }),
  }),
});

/**
 * `field` names the refused value as the resolver knows it: an argument (`by`, `id`) or a field of
 * the mutation's one input (`sourceIds`, `job.key.serverId`). The path adds the argument that holds
 * it, read from the definition of the field this error is the result of.
 */
function pathFromArguments(field: string, info: GraphQLResolveInfo): string[] {
  const segments = field.split('.');
  const answering = answeringField(info);
  if (!answering || answering.args.some((arg) => arg.name === segments[0])) return segments;
  return answering.args.some((arg) => arg.name === 'input') ? ['input', ...segments] : segments;
}

/** The root field whose result holds this error (typed errors are the results of root fields). */
function answeringField(info: GraphQLResolveInfo): GraphQLField<unknown, unknown> | undefined {
  let position = info.path;
  while (position.prev) position = position.prev;
  const rootType = info.schema.getRootType(info.operation.operation);
  const name = fieldNameOfResponseKey(info.operation.selectionSet, String(position.key), info);
  return name ? rootType?.getFields()[name] : undefined;
}

function fieldNameOfResponseKey(selectionSet: SelectionSetNode, key: string, info: GraphQLResolveInfo): string | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === key) return selection.name.value;
    } else {
      const nested = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      const name = nested && fieldNameOfResponseKey(nested, key, info);
      if (name) return name;
    }
  }
  return undefined;
}
