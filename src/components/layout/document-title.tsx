import { useTranslation } from 'react-i18next';

/** Sets the tab title ("page · 创赛评审"); React hoists <title> into <head>. */
export function DocumentTitle({ page }: { page?: string }) {
  const { t } = useTranslation();
  return <title>{page ? `${page} · ${t('app.name')}` : `${t('app.name')} · ${t('app.tagline')}`}</title>;
}
