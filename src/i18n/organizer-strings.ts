import { i18n } from './index';

let loading: Promise<void> | null = null;

/**
 * Adds the organizers' pages' Chinese strings (locales/organizer.zh-CN.ts) to
 * i18next, once. Chinese is the fallback language, so they are loaded
 * whatever language is shown: an English reader who switches to Chinese on
 * an organizer's page finds them there.
 */
export function loadOrganizerStrings(): Promise<void> {
  loading ??= import('./locales/organizer.zh-CN')
    .then(({ organizerZhCN }) => {
      i18n.addResourceBundle('zh-CN', 'translation', organizerZhCN, true, true);
    })
    .catch((error: unknown) => {
      // A failed download (offline) may be retried by the next navigation.
      loading = null;
      throw error;
    });
  return loading;
}

/** A lazy route module that shows only once the organizers' strings are there. */
export async function withOrganizerStrings<M>(module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadOrganizerStrings()]);
  return loaded;
}
