// @vitest-environment node
// The certificates PDF with the real font: one page per certificate, small
// thanks to the subset font. Set CERTIFICATE_PDF_OUT to keep the file (for
// rendering a page to PNG and looking at it).
import { readFileSync, writeFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CertificatePage } from '@/domain/publication/exports';
import { certificatesPdf } from './certificates-pdf';

const FONT = 'node_modules/@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf';

const page = (overrides: Partial<CertificatePage>): CertificatePage => ({
  competitionTitle: "西宁首届'相约高新区'创新创业大赛",
  award: '一等奖',
  trackName: '企业组',
  entryTitle: '高原光伏储能一体化解决方案',
  code: 'E-001',
  team: '青藏光伏团队',
  organization: '青海高原光伏科技有限公司',
  date: '2021年10月25日',
  organizer: '西宁市城北区高新技术产业开发区管理委员会',
  ...overrides,
});

describe('certificates PDF', () => {
  it('has one A4 landscape page per certificate and stays small', async () => {
    const font = readFileSync(FONT);
    const bytes = await certificatesPdf(
      [
        page({}),
        page({
          code: 'T-012',
          award: '三等奖',
          trackName: '团队组',
          entryTitle: '基于人工智能的牦牛绒品质分级与溯源平台：从牧场到工厂的全链条数字化（第二期）',
          organization: '',
        }),
      ],
      font,
      { title: '获奖证书' },
    );
    if (process.env.CERTIFICATE_PDF_OUT) writeFileSync(process.env.CERTIFICATE_PDF_OUT, bytes);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    // The whole font is about 15 MB; subset to the characters printed it is a few kB.
    expect(bytes.byteLength).toBeLessThan(300_000);

    // Every glyph of the embedded subset has an outline (fontkit's short-loca
    // bug left most Chinese characters blank: see fontkit-long-loca.ts).
    const descriptor = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find((o): o is PDFDict => o instanceof PDFDict && o.has(PDFName.of('FontFile2')));
    const fontFile = descriptor && pdf.context.lookup(descriptor.get(PDFName.of('FontFile2')));
    if (!(fontFile instanceof PDFRawStream)) throw new Error('no embedded TrueType font');
    const subset = fontkit.create(Buffer.from(decodePDFRawStream(fontFile).decode())) as unknown as {
      numGlyphs: number;
      getGlyph: (id: number) => { path: { commands: unknown[] } };
    };
    const blank = [];
    for (let id = 1; id < subset.numGlyphs; id += 1) {
      if (subset.getGlyph(id).path.commands.length === 0) blank.push(id);
    }
    // The space is the one glyph without an outline.
    expect(blank.length).toBeLessThanOrEqual(1);
    expect(subset.numGlyphs).toBeGreaterThan(60);
  }, 120_000);
});
