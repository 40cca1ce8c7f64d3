import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '@/i18n';
import { organizerZhCN } from '@/i18n/locales/organizer.zh-CN';

// In the app the organizers' pages load their strings with the route
// (src/i18n/organizer-strings.ts); components are tested without routes.
i18n.addResourceBundle('zh-CN', 'translation', organizerZhCN, true, true);

afterEach(() => {
  cleanup();
});
