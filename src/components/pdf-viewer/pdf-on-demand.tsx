import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PdfViewer } from './index';

type Shown = { state: 'closed' } | { state: 'opening' } | { state: 'open'; url: string } | { state: 'error' };

/** The words of the opener, in the caller's namespace. */
export interface PdfOnDemandText {
  none: string;
  open: string;
  close: string;
  error: string;
  viewerTitle: string;
}

interface PdfOnDemandProps {
  /** The file's Storage path, or null when there is none. */
  path: string | null;
  /** Resolves the path to a URL the viewer can fetch (the caller's api module: Storage stays out of components). */
  loadUrl: (path: string) => Promise<string>;
  text: PdfOnDemandText;
  className?: string;
  /** The class of the "no file" line. */
  noneClassName?: string;
  testId?: string;
}

/**
 * A PDF (a team's pitch deck) behind an "open" button: the URL, the Storage
 * SDK and PDF.js load only when asked for, which keeps them out of the
 * route's first download. Shared by the judge's scoring screen and the
 * organizer's entry page.
 */
export function PdfOnDemand({ path, loadUrl, text, className, noneClassName, testId }: PdfOnDemandProps) {
  const [shown, setShown] = useState<Shown>({ state: 'closed' });

  const toggle = async () => {
    if (shown.state === 'open') return setShown({ state: 'closed' });
    if (!path) return;
    setShown({ state: 'opening' });
    try {
      setShown({ state: 'open', url: await loadUrl(path) });
    } catch {
      setShown({ state: 'error' });
    }
  };

  return (
    <div className={className} data-testid={testId}>
      {!path ? (
        <p className={noneClassName}>{text.none}</p>
      ) : (
        <>
          <div>
            <Button variant="secondary" onClick={() => void toggle()} pending={shown.state === 'opening'}>
              {shown.state === 'open' ? text.close : text.open}
            </Button>
          </div>
          {shown.state === 'error' && <Alert tone="error">{text.error}</Alert>}
          {shown.state === 'open' && <PdfViewer url={shown.url} title={text.viewerTitle} />}
        </>
      )}
    </div>
  );
}
