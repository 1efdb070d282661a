import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { isIsoInstantText, parseStoredTimestamp } from '../domain/timestamps.ts';
import { builder } from './builder.ts';

builder.addScalarType(
  'DateTime',
  new GraphQLScalarType<Date, string>({
    name: 'DateTime',
    description: 'An instant, serialised as an ISO-8601 string in UTC with milliseconds.',
    specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time',
    serialize(value) {
      if (typeof value === 'string' && isIsoInstantText(value)) return value;
      const date = value instanceof Date ? value : parseStoredTimestamp(String(value));
      if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
      return date.toISOString();
    },
    parseValue(value) {
      return parseDateTimeInput(value);
    },
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string');
      return parseDateTimeInput(ast.value);
    },
  }),
);

function parseDateTimeInput(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime must be an ISO-8601 string such as 2025-01-31T02:00:00Z, got ${JSON.stringify(value)}`);
  }
  return date;
}

// Byte counts pass 2^31 (GraphQL Int) on any real backup set; SafeInt keeps them JSON numbers.
// Prisma hands BigInt columns over as bigint, which graphql-scalars' serializer does not take.
const safeIntConfig = GraphQLSafeInt.toConfig();
builder.addScalarType(
  'SafeInt',
  new GraphQLScalarType({
    ...safeIntConfig,
    serialize: (value) => safeIntConfig.serialize(typeof value === 'bigint' ? Number(value) : value),
  }),
);

builder.addScalarType('JSONObject', GraphQLJSONObject);
