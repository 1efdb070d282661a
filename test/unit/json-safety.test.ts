import { describe, expect, it } from 'vitest';
import { checkJsonSafety, describeJsonSafetyProblem, findJsonSafetyProblem, MAX_JSON_DEPTH } from '../../src/security/json-safety.ts';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('findJsonSafetyProblem', () => {
  it('accepts a value exactly at the depth limit and refuses one level more', () => {
    expect(findJsonSafetyProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findJsonSafetyProblem(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ kind: 'too-deep', maxDepth: MAX_JSON_DEPTH });
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(findJsonSafetyProblem(nested(100_000))?.kind).toBe('too-deep');
  });

  it('names the path of a lone surrogate, high or low, and lets pairs through', () => {
    expect(findJsonSafetyProblem({ Extra: { 'machine-id': 'ab\ud800' } })).toEqual({
      kind: 'lone-surrogate',
      path: 'Extra.machine-id',
      inKey: false,
    });
    expect(findJsonSafetyProblem({ Data: { Messages: ['ok', '\udc00x'] } })?.path).toBe('Data.Messages[1]');
    expect(findJsonSafetyProblem({ text: 'emoji \ud83d\ude00 fine' })).toBeNull();
    expect(findJsonSafetyProblem('\ud800')).toEqual({ kind: 'lone-surrogate', path: '', inKey: false });
  });

  it('shortens a very deep path in the message', () => {
    const problem = findJsonSafetyProblem({ a: nested(100) })!;
    expect(problem.path).toBe('a[0][0][0][0][0][0][0]…');
    expect(describeJsonSafetyProblem(problem, 'Report')).toBe(
      'Report is nested more than 64 levels deep at a[0][0][0][0][0][0][0]…; no valid request is nested that deep',
    );
  });
});

describe('checkJsonSafety with repairs allowed', () => {
  it('replaces lone surrogates where allowed, in place, and lists where', () => {
    const value = { Extra: { 'machine-id': 'id' }, LogLines: ['C:\\file-\ud800.txt', 'fine'] };
    const result = checkJsonSafety(value, { mayRepairSurrogateAt: (path) => path[0] === 'LogLines' });
    expect(result).toEqual({ problem: null, repaired: ['LogLines[0]'] });
    expect(value.LogLines[0]).toBe('C:\\file-\uFFFD.txt');
  });

  it('still refuses where repair is not allowed, and in property names', () => {
    const allowAll = { mayRepairSurrogateAt: () => true };
    expect(
      checkJsonSafety({ Extra: { 'machine-id': '\ud800' } }, { mayRepairSurrogateAt: (path) => path[0] !== 'Extra' }).problem?.path,
    ).toBe('Extra.machine-id');
    expect(checkJsonSafety({ 'k\ud800': 1 }, allowAll).problem).toEqual({ kind: 'lone-surrogate', path: 'k\uFFFD', inKey: true });
  });
});
