// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyObjectPath } from './deck';
import {
  checkImageFile,
  entryImageMetadataProblem,
  firstFreeSlot,
  IMAGE_MAX_BYTES,
  imageName,
  imageSlotNames,
  parseImageName,
  sniffImageType,
} from './entry-image';

const bytes = (...b: number[]) => new Uint8Array(b);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0, 0, 0, 0);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0);
const WEBP = new TextEncoder().encode('RIFF\u0001\u0002\u0003\u0004WEBPVP8 ');

describe('sniffImageType', () => {
  it('tells JPEG, PNG and WebP by their first bytes; not a PDF, a RIFF of another kind or SVG', () => {
    expect(sniffImageType(JPEG)).toBe('jpeg');
    expect(sniffImageType(PNG)).toBe('png');
    expect(sniffImageType(WEBP)).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(sniffImageType(WEBP.slice(0, 11))).toBeNull();
  });
});

describe('image names', () => {
  it('names six slots, and reads a name back only when the app makes it', () => {
    expect(imageName(1, 'jpeg')).toBe('image-1.jpg');
    expect(imageName(6, 'webp')).toBe('image-6.webp');
    expect(() => imageName(7, 'png')).toThrow(RangeError);
    expect(parseImageName('image-2.png')).toEqual({ slot: 2, type: 'png' });
    for (const bad of [
      'image-7.png',
      'image-0.jpg',
      'image-1.jpeg',
      'image-1.gif',
      'image-12.png',
      'x.png',
      'image-1.png.html',
    ]) {
      expect(parseImageName(bad), bad).toBeNull();
    }
    expect(imageSlotNames(3)).toEqual(['image-3.jpg', 'image-3.png', 'image-3.webp']);
  });

  it('finds the first free slot', () => {
    expect(firstFreeSlot([])).toBe(1);
    expect(firstFreeSlot(['image-1.jpg', 'image-3.png'])).toBe(2);
    expect(firstFreeSlot([1, 2, 3, 4, 5, 6].map((s) => `image-${s}.png`))).toBeNull();
  });

  it('classifies an image path apart from files and the deck', () => {
    expect(classifyObjectPath('competitions/c1/entries/e1/images/image-1.png')).toEqual({
      kind: 'entry-image',
      competitionId: 'c1',
      entryId: 'e1',
      name: 'image-1.png',
    });
    expect(classifyObjectPath('competitions/c1/entries/e1/images/a/image-1.png')).toEqual({ kind: 'unknown' });
  });
});

describe('entryImageMetadataProblem and checkImageFile', () => {
  it('wants the type the name says, at most 5 MiB', () => {
    expect(entryImageMetadataProblem('image-1.webp', 'image/webp', IMAGE_MAX_BYTES)).toBeNull();
    expect(entryImageMetadataProblem('image-1.png', 'image/jpeg', 10)).toEqual({
      kind: 'type',
      contentType: 'image/jpeg',
    });
    expect(entryImageMetadataProblem('image-1.png', 'image/png', IMAGE_MAX_BYTES + 1)).toEqual({
      kind: 'size',
      size: IMAGE_MAX_BYTES + 1,
    });
    expect(entryImageMetadataProblem('image-7.png', 'image/png', 10)).toEqual({ kind: 'name' });
  });

  it('takes the type from the bytes and refuses what is empty, unknown or over 5 MiB', () => {
    expect(checkImageFile(WEBP, 100)).toEqual({ ok: true, type: 'webp' });
    expect(checkImageFile(PNG, IMAGE_MAX_BYTES + 1)).toEqual({ ok: false, problem: 'size' });
    expect(checkImageFile(new TextEncoder().encode('%PDF-1.7'), 100)).toEqual({ ok: false, problem: 'type' });
    expect(checkImageFile(new Uint8Array(), 0)).toEqual({ ok: false, problem: 'empty' });
  });
});
