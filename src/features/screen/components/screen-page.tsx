import { useTranslation } from 'react-i18next';

/** The big screen of a roadshow, by its token. Placeholder until issue 11 lands. */
export function ScreenPage({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <main data-testid="screen-page" data-token-length={token.length}>
      <h1>{t('screen.title')}</h1>
    </main>
  );
}
