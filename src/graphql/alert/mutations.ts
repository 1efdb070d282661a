import { acknowledgeAlert } from '../../domain/alerts/acknowledge.ts';
import { builder } from '../builder.ts';
import { NotFoundError } from '../errors.ts';
import { decodeIdOf } from '../identity.ts';

const AcknowledgeAlertInput = builder.inputType('AcknowledgeAlertInput', {
  description: 'Which alert to acknowledge.',
  fields: (t) => ({ id: t.id({ required: true, description: "The alert's global id." }) }),
});

const AcknowledgeAlertPayload = builder.objectRef<{ alertId: number }>('AcknowledgeAlertPayload').implement({
  description: 'The outcome of acknowledgeAlert.',
  fields: (t) => ({
    alert: t.prismaField({
      type: 'Alert',
      description: 'The alert, now with acknowledgedAt set.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id: payload.alertId } }),
    }),
  }),
});

builder.mutationField('acknowledgeAlert', (t) =>
  t.field({
    type: AcknowledgeAlertPayload,
    description: 'Marks an alert as seen; an acknowledged OVERDUE alert sends no more reminders.',
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: AcknowledgeAlertInput, required: true, description: 'The alert to acknowledge.' }) },
    resolve: async (_root, { input }, ctx) => {
      const alertId = decodeIdOf('Alert', input.id, 'id');
      const outcome = await acknowledgeAlert(ctx.prisma, alertId, { now: ctx.now(), events: ctx.events });
      if (!outcome) throw new NotFoundError(`No alert with id ${String(input.id)}`);
      return { alertId: outcome.alertId };
    },
  }),
);
