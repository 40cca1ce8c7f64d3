import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfViewer } from '@/components/pdf-viewer';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { entryFileUrl } from '../api/entry-files';
import styles from './entry-admin.module.css';

type Deck = { state: 'closed' } | { state: 'opening' } | { state: 'open'; url: string } | { state: 'error' };

/** The pitch deck in the shared PDF viewer, opened on demand (PDF.js and the Storage SDK load only then). */
export function DeckCard({ deckPath, title }: { deckPath: string | null; title: string }) {
  const { t } = useTranslation();
  const [deck, setDeck] = useState<Deck>({ state: 'closed' });

  const toggle = async () => {
    if (deck.state === 'open') return setDeck({ state: 'closed' });
    if (!deckPath) return;
    setDeck({ state: 'opening' });
    try {
      setDeck({ state: 'open', url: await entryFileUrl(deckPath) });
    } catch {
      setDeck({ state: 'error' });
    }
  };

  return (
    <Card title={t('entryAdmin.detail.deck.title')}>
      <div className={styles.sectionBody} data-testid="deck-area">
        {!deckPath ? (
          <p className={styles.muted}>{t('entryAdmin.detail.deck.none')}</p>
        ) : (
          <>
            <div>
              <Button variant="secondary" onClick={() => void toggle()} pending={deck.state === 'opening'}>
                {deck.state === 'open' ? t('entryAdmin.detail.deck.close') : t('entryAdmin.detail.deck.open')}
              </Button>
            </div>
            {deck.state === 'error' && <Alert tone="error">{t('entryAdmin.detail.deck.error')}</Alert>}
            {deck.state === 'open' && (
              <PdfViewer url={deck.url} title={t('entryAdmin.detail.deck.viewerTitle', { title })} />
            )}
          </>
        )}
      </div>
    </Card>
  );
}
