// The shared PDF viewer (the team's deck preview, the judge's scoring
// screen). Only this lazy wrapper may be imported: pdfjs-dist is in
// ./pdf-viewer.tsx's own chunk, fetched the first time a viewer renders.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui';
import type { PdfViewerProps } from './pdf-viewer';

export type { PdfViewerProps } from './pdf-viewer';

const LazyPdfViewer = lazy(() => import('./pdf-viewer'));

export function PdfViewer(props: PdfViewerProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Spinner label={t('deck.viewer.loading')} />}>
      <LazyPdfViewer {...props} />
    </Suspense>
  );
}
