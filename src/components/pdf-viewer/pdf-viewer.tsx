// The PDF viewer: PDF.js renders one page at a time into a canvas that fits
// the width it is given (375 px phones too), with previous/next. This module
// carries pdfjs-dist and is only ever loaded through ./index.tsx's lazy
// import, so no route pays for PDF.js before a preview opens.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Spinner } from '@/components/ui';
import styles from './pdf-viewer.module.css';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfViewerProps {
  /** Where to fetch the PDF (a Storage download URL). */
  url: string;
  /** What the PDF is, for the viewer's accessible name. */
  title: string;
}

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; doc: PDFDocumentProxy };

/** A new URL is a new document: its own state from the start. */
export default function PdfViewer(props: PdfViewerProps) {
  return <Viewer key={props.url} {...props} />;
}

function Viewer({ url, title }: PdfViewerProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [page, setPage] = useState(1);
  const [rendering, setRendering] = useState(true);
  const [width, setWidth] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    // A PDF's own scripts and forms are never run: this is a viewer.
    const task = getDocument({ url, isEvalSupported: false, enableXfa: false });
    let live = true;
    task.promise.then(
      (doc) => live && setLoaded({ state: 'ready', doc }),
      () => live && setLoaded({ state: 'error' }),
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [url]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const doc = loaded.state === 'ready' ? loaded.doc : null;
  useEffect(() => {
    if (!doc || !canvas.current || width === 0) return;
    let task: RenderTask | null = null;
    let live = true;
    setRendering(true);
    void (async () => {
      try {
        const pdfPage = await doc.getPage(page);
        if (!live || !canvas.current) return;
        const base = pdfPage.getViewport({ scale: 1 });
        const viewport = pdfPage.getViewport({ scale: width / base.width });
        const ratio = window.devicePixelRatio || 1;
        const el = canvas.current;
        el.width = Math.floor(viewport.width * ratio);
        el.height = Math.floor(viewport.height * ratio);
        el.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
        task = pdfPage.render({
          canvas: el,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        await task.promise;
        if (live) setRendering(false);
      } catch (error) {
        if (live && (error as { name?: string }).name !== 'RenderingCancelledException') {
          setLoaded({ state: 'error' });
        }
      }
    })();
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page, width]);

  const count = doc?.numPages ?? 0;
  return (
    <figure className={styles.viewer} aria-label={t('deck.viewer.label', { title })}>
      {loaded.state === 'error' ? (
        <Alert tone="error">
          <p>{t('deck.viewer.error')}</p>
          <p>
            <a href={url} target="_blank" rel="noreferrer noopener">
              {t('deck.viewer.download')}
            </a>
          </p>
        </Alert>
      ) : (
        <>
          {doc && (
            <nav className={styles.toolbar} aria-label={t('deck.viewer.label', { title })}>
              <Button variant="secondary" onClick={() => setPage((p) => p - 1)} disabled={page <= 1}>
                {t('deck.viewer.previous')}
              </Button>
              <span className={styles.pageNumber} aria-live="polite">
                {t('deck.viewer.page', { page, count })}
              </span>
              <Button variant="secondary" onClick={() => setPage((p) => p + 1)} disabled={page >= count}>
                {t('deck.viewer.next')}
              </Button>
            </nav>
          )}
          <div ref={frame} className={styles.frame}>
            {(loaded.state === 'loading' || rendering) && <Spinner label={t('deck.viewer.loading')} />}
            <canvas
              ref={canvas}
              className={styles.canvas}
              data-page={doc && !rendering ? page : undefined}
              aria-label={t('deck.viewer.page', { page, count })}
              role="img"
              hidden={!doc}
            />
          </div>
        </>
      )}
    </figure>
  );
}
