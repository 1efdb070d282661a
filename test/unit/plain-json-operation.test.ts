import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { plainJsonOperation } from '../../src/http/plain-json-operation.ts';

/**
 * Which GraphQL POSTs are answered without Yoga's HTTP layer (src/http/plain-json-operation.ts):
 * only those for which that layer has one outcome, decided before anything runs. The answers
 * themselves are compared with Yoga's in test/e2e/plain-json-operation.test.ts.
 */
const json = { 'content-type': 'application/json', accept: 'application/json' };
const decide = (headers: Record<string, string>, body: unknown) =>
  plainJsonOperation({ headers } as unknown as IncomingMessage, Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));

describe('plainJsonOperation', () => {
  it('takes a JSON query asked for as JSON, with the media type Yoga would answer in', () => {
    const params = { query: '{ __typename }', variables: { a: 1 }, operationName: null, extensions: {} };
    expect(decide(json, params)).toEqual({ params, mediaType: 'application/json' });
    expect(decide({ ...json, 'content-type': 'application/json; charset=utf-8' }, params)?.mediaType).toBe('application/json');
    expect(decide({ ...json, accept: 'application/graphql-response+json' }, params)?.mediaType).toBe('application/graphql-response+json');
  });

  it.each([
    ['a browser page (Origin: CORS adds headers)', { ...json, origin: 'http://example.com' }],
    ['another content type', { ...json, 'content-type': 'application/graphql+json' }],
    ['no Accept header (Yoga may stream)', { 'content-type': 'application/json' }],
    ['Accept: */*', { ...json, accept: '*/*' }],
    ['a list of media types', { ...json, accept: 'application/graphql-response+json, application/json' }],
  ])('leaves %s to Yoga', (_name, headers) => {
    expect(decide(headers as Record<string, string>, { query: '{ __typename }' })).toBeNull();
  });

  it.each([
    ['a body that is not JSON', '{"query":'],
    ['a batch', [{ query: '{ __typename }' }]],
    ['null', 'null'],
    ['no query', { variables: {} }],
    ['a query that is not text', { query: 1 }],
    ['an unknown parameter', { query: '{ __typename }', persisted: true }],
    ['variables that are a list', { query: '{ __typename }', variables: [] }],
    ['an operation name that is not text', { query: '{ __typename }', operationName: 1 }],
    ['extensions that are text', { query: '{ __typename }', extensions: 'x' }],
    ['a subscription', { query: 'subscription { backupReceived { receivedAt } }' }],
    ['a lone surrogate', '{"query":"{ __typename }","variables":{"s":"\\ud800"}}'],
  ])('leaves %s to Yoga, which answers it with its own words', (_name, body) => {
    expect(decide(json, body)).toBeNull();
  });
});
