import { pruneBackups } from '../../domain/prune.ts';
import type { PruneCounts } from '../../domain/prune.ts';
import { builder } from '../builder.ts';
import { InvalidInputError } from '../errors.ts';

const PruneBackupsInput = builder.inputType('PruneBackupsInput', {
  description: 'How old a run must be to be deleted.',
  fields: (t) => ({
    olderThan: t.field({
      type: 'DateTime',
      required: true,
      description: 'Runs that ended before this instant go; it must not be in the future.',
    }),
  }),
});

const PruneCountsRef = builder.objectRef<PruneCounts>('PruneCounts').implement({
  description: 'What pruneBackups deleted and changed.',
  fields: (t) => ({
    runs: t.exposeInt('runs', { description: 'Runs deleted.' }),
    jobsAffected: t.exposeInt('jobsAffected', { description: 'Jobs that lost runs.' }),
    jobsRepointed: t.exposeInt('jobsRepointed', { description: 'Jobs whose latest run changed.' }),
    jobsEmptied: t.exposeInt('jobsEmptied', { description: 'Jobs left without runs (they and their servers stay).' }),
  }),
});

const PruneBackupsPayload = builder.objectRef<{ olderThan: Date; counts: PruneCounts }>('PruneBackupsPayload').implement({
  description: 'The outcome of pruneBackups.',
  fields: (t) => ({
    olderThan: t.expose('olderThan', { type: 'DateTime', description: 'The cut-off that was applied.' }),
    deleted: t.field({ type: PruneCountsRef, description: 'What was deleted.', resolve: (payload) => payload.counts }),
  }),
});

builder.mutationFields((t) => ({
  pruneBackups: t.field({
    type: PruneBackupsPayload,
    description: 'Retention cleanup (docs/compatibility/operations.md): deletes runs that ended before `olderThan`; servers and jobs stay.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: PruneBackupsInput, required: true, description: 'The cut-off.' }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await pruneBackups(ctx.prisma, input.olderThan, { now: ctx.now() });
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return outcome;
    },
  }),
}));
