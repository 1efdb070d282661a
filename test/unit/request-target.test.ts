import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from '../../src/http/request-target.ts';

describe('parseRequestTarget', () => {
  it.each([
    ['/graphql?query={__typename}', '/graphql', '/graphql?query={__typename}'],
    ['//graphql', '//graphql', '//graphql'],
    ['/api/lastbackup/%E0%A4%A', '/api/lastbackup/%E0%A4%A', '/api/lastbackup/%E0%A4%A'],
    ['http://example.com:9666/health?x=1', '/health', '/health?x=1'],
    [undefined, '/', '/'],
  ])('reads %s as path %s', (target, pathname, originForm) => {
    expect(parseRequestTarget(target)).toMatchObject({ pathname, originForm });
  });

  it.each(['//[', '/a]b', '/a\\b', '/x{y}', 'http://localhost:99999/health', 'http://[::1/health', '*', 'health', 'example.com:443'])(
    'refuses %s',
    (target) => {
      expect(parseRequestTarget(target)).toBeNull();
    },
  );
});
