import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { removeEntryFile } from '../../api/deck-remove';
import { uploadEntryObject } from '../../api/deck-storage';
import { listEntryImages, type EntryImage } from '../../api/image-storage';
import { ImagesSection } from './images-section';

// Storage and the callable are the boundary (test/functions/entry-images.test.ts
// and test/e2e/deck-upload.test.ts run them for real): these tests check what
// the browser decides before anything is sent.
vi.mock('../../api/deck-storage', () => ({
  uploadEntryObject: vi.fn(() => ({ done: new Promise(() => undefined), cancel: vi.fn() })),
  isUploadCancelled: () => false,
  storedGeneration: vi.fn(() => Promise.resolve('1')),
}));
vi.mock('../../api/image-storage', () => ({ listEntryImages: vi.fn() }));
vi.mock('../../api/deck-remove', () => ({ removeEntryFile: vi.fn(() => Promise.resolve()) }));

const image = (slot: number, ext = 'png'): EntryImage => ({
  slot,
  name: `image-${slot}.${ext}`,
  path: `competitions/c1/entries/e1/images/image-${slot}.${ext}`,
  url: `blob:image-${slot}`,
});
const png = (size = 100) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], 'photo.png', { type: 'image/png' });
};
const renderImages = (editable = true) =>
  renderWithRouter(<ImagesSection competitionId="c1" entryId="e1" editable={editable} />);

beforeEach(async () => {
  vi.clearAllMocks();
  await setTestLanguage('zh-CN');
});

describe('ImagesSection', () => {
  it('shows thumbnails with alt text and adds a new image into the first free slot', async () => {
    vi.mocked(listEntryImages).mockResolvedValue([image(1), image(3, 'jpg')]);
    const { user } = renderImages();
    expect(await screen.findByRole('img', { name: '项目图片 1' })).toHaveAttribute('src', 'blob:image-1');
    expect(screen.getByRole('img', { name: '项目图片 3' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('添加图片'), png());
    // The file's first bytes are read before the upload starts: wait for it
    // here, or the call lands in the next test.
    await waitFor(() =>
      expect(uploadEntryObject).toHaveBeenCalledWith(
        'competitions/c1/entries/e1/images/image-2.png',
        expect.any(File),
        'image/png',
        expect.any(Function),
      ),
    );
  });

  it('refuses a non-image and one over 5 MiB in the browser, uploading nothing', async () => {
    vi.mocked(listEntryImages).mockResolvedValue([]);
    const { user } = renderImages();
    await screen.findByText('还没有上传图片。');
    await user.upload(screen.getByLabelText('添加图片'), new File(['%PDF-1.7'], 'x.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('只接受 JPG、PNG 或 WebP');
    await user.upload(screen.getByLabelText('添加图片'), png(5 * 1024 * 1024 + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent('超过 5 MB 上限');
    expect(uploadEntryObject).not.toHaveBeenCalled();
  });

  it('says the six slots are full and offers no upload; removes one through the function', async () => {
    vi.mocked(listEntryImages).mockResolvedValue([1, 2, 3, 4, 5, 6].map((s) => image(s)));
    const { user } = renderImages();
    expect(await screen.findByText(/已上传 6 张图片，达到上限/)).toBeInTheDocument();
    expect(screen.queryByLabelText('添加图片')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除图片 4' }));
    expect(removeEntryFile).toHaveBeenCalledWith('c1', 'e1', { kind: 'image', slot: 4 });
    await waitFor(() => expect(listEntryImages).toHaveBeenCalledTimes(2));
  });

  it('is read-only when the entry is not editable', async () => {
    vi.mocked(listEntryImages).mockResolvedValue([image(1)]);
    renderImages(false);
    await screen.findByRole('img', { name: '项目图片 1' });
    expect(screen.queryByLabelText('添加图片')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删除/ })).not.toBeInTheDocument();
  });
});
