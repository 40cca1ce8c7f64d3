// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths';

describe('paths', () => {
  it('builds role homes', () => {
    expect(paths.roleHome('xn-2025', 'judge')).toBe('/c/xn-2025/judge');
  });

  it('remembers where the user wanted to go', () => {
    expect(paths.signIn('/c/x/judge?page=2')).toBe('/sign-in?next=%2Fc%2Fx%2Fjudge%3Fpage%3D2');
    expect(paths.signIn('/')).toBe('/sign-in');
    expect(paths.signUp(paths.register('xining-2022'))).toBe('/sign-up?next=%2Fexplore%2Fxining-2022%2Fregister');
    expect(paths.signUp()).toBe('/sign-up');
  });

  it('accepts only same-site paths as next', () => {
    expect(safeNext('/c/x/team')).toBe('/c/x/team');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
