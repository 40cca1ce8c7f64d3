// @pdf-lib/fontkit 1.1.1 writes a TrueType subset's `loca` table in the short
// format (offsets halved) without padding the glyph records to an even
// length, so after the first odd-length glyph every later offset is off by
// a byte and many Chinese characters print blank (pdf-lib#1232; fixed
// upstream in fontkit 1.8, foliojs/fontkit#191, which the fork predates).
// Writing the long format, as the upstream fix allows, keeps every offset
// exact: a subset's `loca` is then a few hundred bytes larger, nothing more.
import fontkit from '@pdf-lib/fontkit';

interface SubsetPrototype {
  __longLoca?: true;
}

/**
 * Makes every TrueType subset that fontkit encodes use the long `loca`
 * format. `fontBytes` is only parsed to reach the subset class (fontkit
 * does not export it); patching it once is enough for the whole page.
 */
export function forceLongLocaSubsets(fontBytes: Uint8Array): void {
  const font = fontkit.create(fontBytes) as unknown as { createSubset: () => object };
  const prototype = Object.getPrototypeOf(font.createSubset()) as SubsetPrototype;
  if (prototype.__longLoca) return;
  // The subset's encode assigns `this.loca = { offsets: [] }` and then calls
  // loca.preEncode, which picks the short format only when no version is set.
  Object.defineProperty(prototype, 'loca', {
    configurable: true,
    get(this: { __loca?: unknown }) {
      return this.__loca;
    },
    set(this: { __loca?: unknown }, value: { version?: number } | undefined) {
      if (value && value.version == null) value.version = 1;
      this.__loca = value;
    },
  });
  prototype.__longLoca = true;
}
