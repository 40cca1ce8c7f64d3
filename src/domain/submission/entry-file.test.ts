// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkFileAnswer,
  ENTRY_FILE_MAX_BYTES,
  entryFileMetadataProblem,
  fileAnswerName,
  parseFileAnswerName,
  sniffFileType,
} from './entry-file';

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = new TextEncoder().encode('%PDF-1.7');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

describe('sniffFileType', () => {
  it('tells PDF, JPEG and PNG by their first bytes, nothing else', () => {
    expect(sniffFileType(PDF)).toBe('pdf');
    expect(sniffFileType(JPEG)).toBe('jpeg');
    expect(sniffFileType(PNG)).toBe('png');
    expect(sniffFileType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(sniffFileType(PNG.slice(0, 7))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });
});

describe('file answer names', () => {
  it('names a file after its question and real type, and reads the name back', () => {
    expect(fileAnswerName('q-cert', 'jpeg')).toBe('q-cert.jpg');
    expect(parseFileAnswerName('q-cert.jpg')).toEqual({ questionId: 'q-cert', type: 'jpeg' });
    expect(parseFileAnswerName('q-cert.pdf')).toEqual({ questionId: 'q-cert', type: 'pdf' });
    for (const bad of ['q.html', 'Q.pdf', '../q.pdf', 'q.pdf.html', '.pdf', 'q.jpeg', 'q', `${'q'.repeat(41)}.pdf`]) {
      expect(parseFileAnswerName(bad), bad).toBeNull();
    }
  });
});

describe('entryFileMetadataProblem', () => {
  it('wants the type the name says, at most 20 MiB', () => {
    expect(entryFileMetadataProblem('q.png', 'image/png', ENTRY_FILE_MAX_BYTES)).toBeNull();
    expect(entryFileMetadataProblem('q.png', 'text/html', 10)).toEqual({ kind: 'type', contentType: 'text/html' });
    expect(entryFileMetadataProblem('q.png', undefined, 10)).toEqual({ kind: 'type', contentType: null });
    expect(entryFileMetadataProblem('q.pdf', 'application/pdf', ENTRY_FILE_MAX_BYTES + 1)).toEqual({
      kind: 'size',
      size: ENTRY_FILE_MAX_BYTES + 1,
    });
    expect(entryFileMetadataProblem('evil.html', 'text/html', 10)).toEqual({ kind: 'name' });
  });
});

describe('checkFileAnswer', () => {
  it('takes the type from the bytes and refuses what is empty, unknown or too large', () => {
    expect(checkFileAnswer(PNG, 100)).toEqual({ ok: true, type: 'png' });
    expect(checkFileAnswer(PDF, ENTRY_FILE_MAX_BYTES + 1)).toEqual({ ok: false, problem: 'size' });
    expect(checkFileAnswer(new TextEncoder().encode('MZ'), 100)).toEqual({ ok: false, problem: 'type' });
    expect(checkFileAnswer(new Uint8Array(), 0)).toEqual({ ok: false, problem: 'empty' });
  });
});
