// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './route-sizes.mjs';

describe('route-sizes', () => {
  it('weighs route modules that the router really loads', () => {
    const router = readFileSync('src/app/router.tsx', 'utf8');
    for (const { modules } of ROUTES) {
      for (const file of modules) {
        const name = file.replace(/^src\/app\/routes\/(.*)\.tsx$/, '$1');
        expect(router, file).toContain(`import('./routes/${name}')`);
      }
    }
  });
});
