import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState } from 'react';

/**
 * Renders only the rows near the screen of a list that scrolls with the page
 * (3,000 entries are 3,000 rows; about 30 are in the DOM). `start` marks
 * where the list begins; its distance from the top of the document is kept
 * current, since what is above it (progress, filters) changes height.
 */
export function useListVirtualizer<T extends HTMLElement>(count: number, estimateSize: number) {
  const [el, start] = useState<T | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setMargin(el.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [el]);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan: 8,
    scrollMargin: margin,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    /** A callback ref for the element the list starts with. */
    start,
    items,
    measure: virtualizer.measureElement,
    /** Space for the rows above and below the rendered ones. */
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
  };
}
