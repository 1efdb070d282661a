import { getOperationAST } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { executeDirectly } from '../direct-execution/execute-directly.ts';
import type { DirectExecutionArgs } from '../direct-execution/execute-directly.ts';

/**
 * Queries go to the direct executor (src/graphql/direct-execution) first; whatever it does not
 * answer, the operation or one run of it, goes to the executor it replaces. Every other plugin's
 * execution hooks see the same arguments and the same kind of result either way.
 */
export function useDirectExecution(options: { onExecution: (executor: 'direct' | 'full') => void }): Plugin {
  const direct = (result: ExecutionResult) => {
    options.onExecution('direct');
    return result;
  };
  return {
    onExecute({ args, setExecuteFn, executeFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      setExecuteFn((args) => {
        const full = () => {
          options.onExecution('full');
          return executeFn(args);
        };
        const attempt = executeDirectly(args as DirectExecutionArgs);
        if (attempt === null) return full();
        if (!(attempt instanceof Promise)) return direct(attempt);
        return attempt.then((result) => (result ? direct(result) : (full() as Promise<ExecutionResult>)));
      });
    },
  };
}
