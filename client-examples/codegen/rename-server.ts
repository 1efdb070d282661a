/**
 * Gives a server an alias through Apollo Client (apollo-client.ts) and prints the typed result:
 * the renamed server, or the error's message (an unknown id is a NotFoundError, not an exception).
 *
 *   npx tsx client-examples/codegen/rename-server.ts --url http://localhost:9666/graphql \
 *     --server <machine-id or global id> --alias <text> --token <ADMIN_TOKEN>
 */
import { parseArgs } from 'node:util';
import { apolloDocument, createDupligraphClient } from './apollo-client.ts';
import { RenameServerDocument } from './generated/graphql.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:9666/graphql' },
    server: { type: 'string' },
    alias: { type: 'string', default: '' },
    token: { type: 'string' },
  },
});
if (!values.server) throw new Error('--server <machine-id or global id> is required');

const client = createDupligraphClient({ url: values.url, token: values.token, name: 'rename-server-example' });
const { data } = await client.mutate({
  mutation: apolloDocument(RenameServerDocument),
  variables: { id: values.server, alias: values.alias },
});
const result = data?.updateServer;
if (result?.__typename === 'UpdateServerPayload') {
  console.log(`${result.server.name} is now shown as "${result.server.alias}"${result.changed ? '' : ' (it already was)'}`);
} else {
  console.error(`not renamed: ${result?.message ?? 'no answer'}`);
  process.exitCode = 1;
}
