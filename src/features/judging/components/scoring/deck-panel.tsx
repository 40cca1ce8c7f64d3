import { useTranslation } from 'react-i18next';
import { PdfOnDemand } from '@/components/pdf-viewer/pdf-on-demand';
import { Card } from '@/components/ui/card';
import { sheetDeckUrl } from '../../api/sheet-deck';
import styles from './scoring.module.css';

/**
 * The entry's pitch deck, inline, with the shared PDF.js viewer. Opened on
 * demand: PDF.js and the Storage SDK load only then (the route's budget).
 */
export function DeckPanel({ deckPath, title }: { deckPath: string | null; title: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('scoring.deck.title')}>
      <PdfOnDemand
        path={deckPath}
        loadUrl={sheetDeckUrl}
        className={styles.deck}
        noneClassName={styles.muted}
        testId="deck-panel"
        text={{
          none: t('scoring.deck.none'),
          open: t('scoring.deck.open'),
          close: t('scoring.deck.close'),
          error: t('scoring.deck.error'),
          viewerTitle: t('scoring.deck.viewerTitle', { title }),
        }}
      />
    </Card>
  );
}
