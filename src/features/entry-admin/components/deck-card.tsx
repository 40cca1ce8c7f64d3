import { useTranslation } from 'react-i18next';
import { PdfOnDemand } from '@/components/pdf-viewer/pdf-on-demand';
import { Card } from '@/components/ui/card';
import { entryFileUrl } from '../api/entry-files';
import styles from './entry-admin.module.css';

/** The pitch deck in the shared PDF viewer, opened on demand (PDF.js and the Storage SDK load only then). */
export function DeckCard({ deckPath, title }: { deckPath: string | null; title: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('entryAdmin.detail.deck.title')}>
      <PdfOnDemand
        path={deckPath}
        loadUrl={entryFileUrl}
        className={styles.sectionBody}
        noneClassName={styles.muted}
        testId="deck-area"
        text={{
          none: t('entryAdmin.detail.deck.none'),
          open: t('entryAdmin.detail.deck.open'),
          close: t('entryAdmin.detail.deck.close'),
          error: t('entryAdmin.detail.deck.error'),
          viewerTitle: t('entryAdmin.detail.deck.viewerTitle', { title }),
        }}
      />
    </Card>
  );
}
