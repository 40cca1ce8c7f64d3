// Runs before every unit test file. Files that run in node
// (`// @vitest-environment node`: domain logic, scripts, functions) need none
// of this, and loading Testing Library, React DOM and every string again for
// each of them took a good part of a second per file.
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  const { i18n } = await import('@/i18n');
  const { organizerZhCN } = await import('@/i18n/locales/organizer.zh-CN');

  // In the app the organizers' pages load their strings with the route
  // (src/i18n/organizer-strings.ts); components are tested without routes.
  i18n.addResourceBundle('zh-CN', 'translation', organizerZhCN, true, true);

  afterEach(() => {
    cleanup();
  });
}
