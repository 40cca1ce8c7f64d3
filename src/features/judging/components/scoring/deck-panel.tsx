import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfViewer } from '@/components/pdf-viewer';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { sheetDeckUrl } from '../../api/sheet-deck';
import styles from './scoring.module.css';

type Deck = { state: 'closed' } | { state: 'opening' } | { state: 'open'; url: string } | { state: 'error' };

/**
 * The entry's pitch deck, inline, with the shared PDF.js viewer. Opened on
 * demand: PDF.js and the Storage SDK load only then (the route's budget).
 */
export function DeckPanel({ deckPath, title }: { deckPath: string | null; title: string }) {
  const { t } = useTranslation();
  const [deck, setDeck] = useState<Deck>({ state: 'closed' });

  const toggle = async () => {
    if (deck.state === 'open') return setDeck({ state: 'closed' });
    if (!deckPath) return;
    setDeck({ state: 'opening' });
    try {
      setDeck({ state: 'open', url: await sheetDeckUrl(deckPath) });
    } catch {
      setDeck({ state: 'error' });
    }
  };

  return (
    <Card title={t('scoring.deck.title')}>
      <div className={styles.deck} data-testid="deck-panel">
        {!deckPath ? (
          <p className={styles.muted}>{t('scoring.deck.none')}</p>
        ) : (
          <>
            <div>
              <Button variant="secondary" onClick={() => void toggle()} pending={deck.state === 'opening'}>
                {deck.state === 'open' ? t('scoring.deck.close') : t('scoring.deck.open')}
              </Button>
            </div>
            {deck.state === 'error' && <Alert tone="error">{t('scoring.deck.error')}</Alert>}
            {deck.state === 'open' && <PdfViewer url={deck.url} title={t('scoring.deck.viewerTitle', { title })} />}
          </>
        )}
      </div>
    </Card>
  );
}
