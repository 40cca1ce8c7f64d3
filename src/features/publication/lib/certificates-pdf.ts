// Award certificates as one PDF: an A4 landscape page per award-winning
// entry (src/domain/publication/exports/certificates.ts decides who gets
// one). pdf-lib draws; fontkit embeds Noto Serif SC subset to the
// characters printed, so a 15 MB font becomes a PDF of a few hundred kB.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CertificatePage } from '@/domain/publication/exports';
import { forceLongLocaSubsets } from './fontkit-long-loca';

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 36;

const RED = rgb(0.66, 0.09, 0.09);
const GOLD = rgb(0.72, 0.56, 0.24);
const INK = rgb(0.12, 0.12, 0.12);
const MUTED = rgb(0.35, 0.35, 0.35);

/** The certificate's fixed words: a Chinese document, whatever the organizer's interface language. */
export const CERTIFICATE_WORDS = {
  heading: '获奖证书',
  project: '项目',
  team: '团队',
  organization: '单位',
  awarded: '荣获',
  closing: '特发此证，以资鼓励。',
  code: '编号',
} as const;

/** Splits text into lines no wider than `width`; Chinese breaks anywhere, so character by character. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = ch.trim() ? ch : '';
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size (down to `min`) at which the text fits in `maxLines` lines. */
function fit(text: string, font: PDFFont, size: number, min: number, width: number, maxLines: number) {
  for (let s = size; s > min; s -= 1) {
    const lines = wrap(text, font, s, width);
    if (lines.length <= maxLines) return { size: s, lines };
  }
  return { size: min, lines: wrap(text, font, min, width) };
}

/** Draws lines centred, from `top` down; returns the y below the last one. */
function centred(page: PDFPage, lines: string[], font: PDFFont, size: number, top: number, color = INK): number {
  let y = top;
  for (const line of lines) {
    y -= size;
    page.drawText(line, { x: (WIDTH - font.widthOfTextAtSize(line, size)) / 2, y, size, font, color });
    y -= size * 0.35;
  }
  return y;
}

function drawFrame(page: PDFPage) {
  page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: HEIGHT, color: rgb(1, 0.99, 0.96) });
  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: WIDTH - MARGIN,
    height: HEIGHT - MARGIN,
    borderColor: GOLD,
    borderWidth: 4,
  });
  page.drawRectangle({
    x: MARGIN / 2 + 9,
    y: MARGIN / 2 + 9,
    width: WIDTH - MARGIN - 18,
    height: HEIGHT - MARGIN - 18,
    borderColor: GOLD,
    borderWidth: 1,
  });
}

function drawCertificate(page: PDFPage, font: PDFFont, c: CertificatePage) {
  drawFrame(page);
  const inner = WIDTH - 2 * MARGIN - 80;
  let y = HEIGHT - MARGIN - 40;

  const title = fit(c.competitionTitle, font, 22, 14, inner, 2);
  y = centred(page, title.lines, font, title.size, y, MUTED);
  y = centred(page, [CERTIFICATE_WORDS.heading], font, 44, y - 10, RED);

  const project = fit(`${CERTIFICATE_WORDS.project}：${c.entryTitle}`, font, 26, 14, inner, 2);
  y = centred(page, project.lines, font, project.size, y - 18);

  const who = [
    c.team && `${CERTIFICATE_WORDS.team}：${c.team}`,
    c.organization && `${CERTIFICATE_WORDS.organization}：${c.organization}`,
  ].filter(Boolean);
  if (who.length > 0) {
    const people = fit(who.join('    '), font, 16, 11, inner, 2);
    y = centred(page, people.lines, font, people.size, y - 4, MUTED);
  }

  y = centred(page, [CERTIFICATE_WORDS.awarded], font, 18, y - 12);
  const award = fit([c.trackName, c.award].filter(Boolean).join(' '), font, 40, 20, inner, 1);
  y = centred(page, award.lines, font, award.size, y - 4, RED);
  centred(page, [CERTIFICATE_WORDS.closing], font, 16, y - 8);

  // The organizer and the date at the bottom right, the entry's number at the bottom left.
  const right = WIDTH - MARGIN - 40;
  const signature = fit(c.organizer, font, 16, 10, WIDTH / 2 - MARGIN, 1).lines[0] ?? '';
  const bottom = MARGIN + 40;
  page.drawText(signature, {
    x: right - font.widthOfTextAtSize(signature, 16),
    y: bottom + 26,
    size: 16,
    font,
    color: INK,
  });
  page.drawText(c.date, { x: right - font.widthOfTextAtSize(c.date, 14), y: bottom, size: 14, font, color: INK });
  page.drawText(`${CERTIFICATE_WORDS.code}：${c.code}`, { x: MARGIN + 40, y: bottom, size: 11, font, color: MUTED });
}

/** The certificates as PDF bytes; `fontBytes` is a TrueType CJK font (Noto Serif SC). */
export async function certificatesPdf(
  pages: readonly CertificatePage[],
  fontBytes: Uint8Array,
  meta: { title: string; creationDate?: Date } = { title: '' },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  forceLongLocaSubsets(fontBytes);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  pdf.setTitle(meta.title);
  pdf.setProducer('judging');
  pdf.setCreator('judging');
  if (meta.creationDate) {
    pdf.setCreationDate(meta.creationDate);
    pdf.setModificationDate(meta.creationDate);
  }
  for (const certificate of pages) drawCertificate(pdf.addPage([WIDTH, HEIGHT]), font, certificate);
  return pdf.save();
}
