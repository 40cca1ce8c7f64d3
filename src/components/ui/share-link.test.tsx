import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/lib/test/render';
import { ShareLink, type ShareLinkStrings } from './share-link';

const strings: ShareLinkStrings = {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Select the link and copy it',
  showQr: 'Show QR',
  hideQr: 'Hide QR',
  qrLoading: 'Drawing…',
  qrFailed: 'No QR',
  qrAlt: 'QR code of the link',
};
const link = 'https://judging.example/r/xining-2021';

describe('ShareLink', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('copies the link and says so', async () => {
    const { user } = renderWithRouter(
      <ShareLink link={link} label="Link" strings={strings} testIds={{ link: 'the-link', qr: 'the-qr' }} />,
    );
    expect(screen.getByLabelText('Link')).toHaveValue(link);
    expect(screen.getByTestId('the-link')).toHaveValue(link);
    // user-event puts a clipboard of its own on navigator at set-up.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(writeText).toHaveBeenCalledWith(link);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('asks to copy by hand when the clipboard is refused', async () => {
    const { user } = renderWithRouter(
      <ShareLink link={link} label="Link" labelHidden strings={strings} testIds={{ link: 'the-link', qr: 'the-qr' }} />,
    );
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('refused'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.copyFailed);
    expect(screen.getByLabelText('Link')).toHaveValue(link);
  });

  it('shows the QR code on demand', async () => {
    const { user } = renderWithRouter(
      <ShareLink
        link={link}
        label="Link"
        strings={strings}
        testIds={{ link: 'the-link', qr: 'the-qr' }}
        actions={<a href={link}>Open</a>}
      />,
    );
    expect(screen.getByRole('link', { name: 'Open' })).toBeInTheDocument();
    expect(screen.queryByTestId('the-qr')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show QR' }));
    expect(await screen.findByRole('img', { name: strings.qrAlt })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png/),
    );
    await user.click(screen.getByRole('button', { name: 'Hide QR' }));
    expect(screen.queryByTestId('the-qr')).toBeNull();
  });

  it('shows the QR code at once when asked', async () => {
    renderWithRouter(
      <ShareLink link={link} label="Link" labelHidden qrOpen strings={strings} testIds={{ link: 'l', qr: 'q' }} />,
    );
    expect(await screen.findByTestId('q')).toHaveAttribute('alt', strings.qrAlt);
    expect(screen.getByRole('button', { name: 'Hide QR' })).toHaveAttribute('aria-expanded', 'true');
  });
});
