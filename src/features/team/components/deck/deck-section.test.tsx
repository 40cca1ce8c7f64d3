import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import type { EntryQuestion } from '@/domain/registration';
import { removeEntryFile } from '../../api/deck-remove';
import { storedGeneration, uploadEntryObject, type UploadProgress } from '../../api/deck-storage';
import { DeckSection } from './deck-section';
import { FileAnswerField } from './file-answer-field';

// The Storage and callable calls are the boundary here (the emulator suites
// and test/e2e/deck-upload.test.ts run them for real): these tests check what
// the browser decides before anything is sent.
vi.mock('../../api/deck-storage', () => ({
  uploadEntryObject: vi.fn(),
  isUploadCancelled: (e: { code?: string }) => e?.code === 'storage/canceled',
  entryObjectUrl: vi.fn(() => Promise.resolve('blob:deck')),
  storedGeneration: vi.fn(() => Promise.resolve('1')),
}));
vi.mock('../../api/deck-remove', () => ({ removeEntryFile: vi.fn(() => Promise.resolve()) }));

const upload = vi.mocked(uploadEntryObject);
const MiB = 1024 * 1024;
const pdf = (size = 1000) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], 'deck.pdf', { type: 'application/pdf' });
};

/** An upload the test drives: progress, then done or cancelled. */
function pendingUpload() {
  let progress: (p: UploadProgress) => void = () => undefined;
  let finish: (generation: string) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const cancel = vi.fn(() => fail({ code: 'storage/canceled' }));
  upload.mockImplementation((_path, _file, _type, onProgress) => {
    progress = onProgress;
    return { done: new Promise<string>((res, rej) => ((finish = res), (fail = rej))), cancel };
  });
  return { progress: (p: UploadProgress) => act(() => progress(p)), finish: (g: string) => finish(g), cancel };
}

const renderDeck = (deckPath: string | null = null, editable = true) =>
  renderWithRouter(<DeckSection competitionId="c1" entryId="e1" deckPath={deckPath} editable={editable} />);

beforeEach(async () => {
  vi.clearAllMocks();
  await setTestLanguage('zh-CN');
});

describe('DeckSection', () => {
  it('refuses a 21 MiB PDF in the browser, uploading nothing', async () => {
    const { user } = renderDeck();
    await user.upload(screen.getByLabelText('选择 PDF 文件'), pdf(21 * MiB));
    expect(await screen.findByRole('alert')).toHaveTextContent('21.0 MB，超过 20 MB 上限');
    expect(upload).not.toHaveBeenCalled();
  });

  it('refuses a text file renamed .pdf, by its first bytes', async () => {
    const { user } = renderDeck();
    const fake = new File(['<html><script>alert(1)</script>'], 'deck.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('选择 PDF 文件'), fake);
    expect(await screen.findByRole('alert')).toHaveTextContent('这个文件不是 PDF');
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads a PDF to the entry’s deck path with progress, and can cancel it', async () => {
    const run = pendingUpload();
    const { user } = renderDeck();
    await user.upload(screen.getByLabelText('选择 PDF 文件'), pdf(4 * MiB));
    // The first bytes are read before the upload starts.
    await waitFor(() =>
      expect(upload).toHaveBeenCalledWith(
        'competitions/c1/entries/e1/deck.pdf',
        expect.any(File),
        'application/pdf',
        expect.any(Function),
      ),
    );
    run.progress({ sent: 1 * MiB, total: 4 * MiB });
    expect(screen.getByRole('progressbar', { name: '上传进度' })).toHaveAttribute('aria-valuenow', String(MiB));
    expect(screen.getByText('正在上传 25%（1.0 MB / 4.0 MB）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消上传' }));
    expect(run.cancel).toHaveBeenCalled();
    expect(await screen.findByText('已取消上传，原有文件没有改动。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says “checking” after an upload until the server records the deck', async () => {
    const run = pendingUpload();
    const { user, rerender } = renderDeck();
    await user.upload(screen.getByLabelText('选择 PDF 文件'), pdf());
    run.finish('7');
    expect(await screen.findByText('正在核验…')).toBeInTheDocument();
    rerender(<DeckSection competitionId="c1" entryId="e1" deckPath="competitions/c1/entries/e1/deck.pdf" editable />);
    expect(await screen.findByText('已上传')).toBeInTheDocument();
  });

  it('shows an uploaded deck with preview, replace and remove; remove goes through the function', async () => {
    const { user } = renderDeck('competitions/c1/entries/e1/deck.pdf');
    expect(screen.getByText('已上传')).toBeInTheDocument();
    expect(screen.getByLabelText('重新上传')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(removeEntryFile).toHaveBeenCalledWith('c1', 'e1', { kind: 'deck' });
  });

  it('offers no upload or removal when the entry is not editable', () => {
    renderDeck('competitions/c1/entries/e1/deck.pdf', false);
    expect(screen.queryByLabelText('重新上传')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '预览' })).toBeInTheDocument();
  });
});

describe('FileAnswerField', () => {
  const question: EntryQuestion = {
    id: 'certificates',
    kind: 'file',
    label: '获奖证明',
    labelEn: 'Certificates',
    required: false,
  };
  const renderField = (value = '', onChange = vi.fn()) => ({
    onChange,
    ...renderWithRouter(
      <FileAnswerField
        competitionId="c1"
        entryId="e1"
        question={question}
        value={value}
        onChange={onChange}
        editable
        id="answers-certificates"
      />,
    ),
  });

  it('names the file after the question and its real type, and answers with its path', async () => {
    const run = pendingUpload();
    const { user, onChange } = renderField();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], 'scan.PDF');
    await user.upload(screen.getByLabelText('选择文件'), png);
    // The first bytes are read before the upload starts.
    await waitFor(() =>
      expect(upload).toHaveBeenCalledWith(
        'competitions/c1/entries/e1/files/certificates.png',
        expect.any(File),
        'image/png',
        expect.any(Function),
      ),
    );
    run.finish('3');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('competitions/c1/entries/e1/files/certificates.png'));
  });

  it('refuses a file that is neither PDF, JPEG nor PNG', async () => {
    const { user, onChange } = renderField();
    await user.upload(screen.getByLabelText('选择文件'), new File(['GIF89a'], 'x.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('只接受 PDF、JPG 或 PNG');
    expect(upload).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a file through the function, then clears the answer', async () => {
    vi.mocked(storedGeneration).mockResolvedValue('1');
    const { user, onChange } = renderField('competitions/c1/entries/e1/files/certificates.pdf');
    expect(screen.getByText('已上传：certificates.pdf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(removeEntryFile).toHaveBeenCalledWith('c1', 'e1', { kind: 'file', name: 'certificates.pdf' });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(''));
  });
});
