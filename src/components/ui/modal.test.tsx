import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Modal, modalClass } from './modal';

describe('Modal', () => {
  const { showModal, close } = HTMLDialogElement.prototype;
  afterEach(() => {
    Object.assign(HTMLDialogElement.prototype, { showModal, close });
  });

  function Confirm({ open, onClose = () => {} }: { open: boolean; onClose?: () => void }) {
    return (
      <Modal open={open} onClose={onClose} labelledBy="t" testId="confirm">
        <div className={modalClass.body}>
          <h2 id="t">Publish version 2?</h2>
          <div className={modalClass.actions}>
            <button type="button">Publish</button>
          </div>
        </div>
      </Modal>
    );
  }

  it('opens as a modal when asked and closes again, named by its heading', () => {
    // jsdom does not open dialogs itself: stand-ins that set the open state as a browser does.
    const openIt = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const closeIt = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    Object.assign(HTMLDialogElement.prototype, { showModal: openIt, close: closeIt });

    const { rerender } = render(<Confirm open={false} />);
    expect(openIt).not.toHaveBeenCalled();

    rerender(<Confirm open />);
    expect(openIt).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'Publish version 2?' })).toBe(screen.getByTestId('confirm'));

    rerender(<Confirm open={false} />);
    expect(closeIt).toHaveBeenCalledTimes(1);
  });

  it('reports a close the browser made (Escape)', () => {
    const onClose = vi.fn();
    render(<Confirm open onClose={onClose} />);
    fireEvent(screen.getByTestId('confirm'), new Event('close'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
