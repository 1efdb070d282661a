/**
 * jsonBytesExceed (src/graphql/plugins/response-size.ts): the UTF-8 length of JSON.stringify,
 * counted without building the string, exact at the boundary.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jsonBytesExceed } from '../../src/graphql/plugins/response-size.ts';

const samples: [string, unknown][] = [
  ['an empty object', {}],
  ['numbers, booleans and null', { a: 1, b: -2.5e-7, c: 1e21, d: true, e: false, f: null, g: Number.NaN }],
  [
    'nested lists and objects',
    {
      data: {
        servers: [
          { name: 'a', jobs: [] },
          { name: 'b', jobs: [1, 2, [3]] },
        ],
      },
    },
  ],
  ['escapes', { 'key "quoted"': 'tab\there, newline\n, backslash \\, bell \u0007' }],
  ['multi-byte text', { name: 'Ærø — 東京 — 🎉', ключ: 'значение' }],
  ['a lone surrogate', { broken: 'a\ud800b' }],
  ['undefined fields and list items', { kept: 1, dropped: undefined, list: [undefined, 2] }],
  ['a GraphQL error (toJSON)', { errors: [new GraphQLError('nope', { extensions: { code: 'X' } })] }],
];

describe('jsonBytesExceed', () => {
  it.each(samples)('measures %s exactly', (_name, value) => {
    const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
    expect(jsonBytesExceed(value, bytes)).toBe(false);
    expect(jsonBytesExceed(value, bytes - 1)).toBe(true);
  });

  it('stops at the limit instead of walking the rest of a huge answer', () => {
    const untouchable = Object.defineProperty({}, 'text', {
      enumerable: true,
      get() {
        throw new Error('walked past the limit');
      },
    });
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => ({ id: i, text: 'x'.repeat(50) })),
      ...Array.from({ length: 100_000 }, () => untouchable),
    ];
    expect(jsonBytesExceed({ data: { rows } }, 1_000)).toBe(true);
    expect(() => jsonBytesExceed({ data: { rows } }, 100_000_000)).toThrow('walked past the limit');
  });
});
