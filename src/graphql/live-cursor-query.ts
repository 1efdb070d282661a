import { encodeLiveCursor } from '../events/live-cursor.ts';
import { builder } from './builder.ts';

builder.queryField('liveCursor', (t) =>
  t.string({
    description:
      'The cursor of the newest live event this server has recorded. A subscription opened without `after:` starts when it reaches the server, so an event stored between your read and that moment would be missed. Read this first, subscribe with it as `after:`, then read your data: the read holds everything up to the cursor, the subscriptions deliver everything after it.',
    resolve: async (_root, _args, ctx) => encodeLiveCursor((await ctx.liveFeed.storedBounds()).head),
  }),
);
