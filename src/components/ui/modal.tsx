import { useEffect, useRef, type ReactNode } from 'react';
import styles from './modal.module.css';

interface ModalProps {
  open: boolean;
  /** Escape, or the dialog closed any other way. */
  onClose: () => void;
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  testId?: string;
  /** Usually a `modalClass.body` form or div, its buttons in a `modalClass.actions` row. */
  children: ReactNode;
}

/** The layout classes inside a modal: the padded column, and the buttons' row at its end. */
export const modalClass = { body: styles.body, actions: styles.actions };

/**
 * A modal dialog on the native `<dialog>` (focus kept inside, Escape closes,
 * the page behind inert), opened and closed by `open`. Shared by the
 * confirmations that ask before a change that cannot be taken back.
 */
export function Modal({ open, onClose, labelledBy, testId, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // Optional calls: jsdom has no showModal.
    if (open && !el.open) el.showModal?.();
    if (!open && el.open) el.close?.();
  }, [open]);

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={labelledBy} onClose={onClose} data-testid={testId}>
      {children}
    </dialog>
  );
}
