import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js stops validating once a document costs more than a fixed budget (comparing every
 * pair of same-named fields, e.g. `{ __typename __typename … }` a thousand times, or walking
 * fragments spread over and over) and reports only "Validation aborted." That is a limit like
 * the configured ones, so it is answered like them: a 400 that says what was hit and what to do.
 */
const ABORTED = 'Validation aborted.';

export function useValidationBudgetExplained(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((error) => error.message === ABORTED)) return;
        setResult(result.map((error) => (error.message === ABORTED ? explained() : error)));
      };
    },
  };
}

function explained(): GraphQLError {
  return new GraphQLError(
    "Query too expensive to validate: it exceeds graphql-js's fixed validation budget for fields selected many times over (e.g. the same field repeated hundreds of times) or fragments spread many times. Select each field once and spread each fragment once.",
    { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'graphql-js validation budget', http: { status: 400 } } },
  );
}
