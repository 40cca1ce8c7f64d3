// Noto Serif SC (SemiBold) from @expo-google-fonts: about 15 MB, so it is
// fetched only when the organizer asks for certificates, with progress, and
// embedded subset to the characters printed.
import fontUrl from '@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf?url';

export interface Progress {
  loaded: number;
  /** 0 when the server does not say. */
  total: number;
}

/** The font's bytes, reporting progress as they arrive. */
export async function fetchCertificateFont(onProgress: (progress: Progress) => void): Promise<Uint8Array> {
  const response = await fetch(fontUrl);
  if (!response.ok) throw new FontUnavailable(response.status);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress({ loaded: bytes.byteLength, total: bytes.byteLength });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export class FontUnavailable extends Error {
  readonly code = 'unavailable';
  constructor(status: number) {
    super(`The certificate font could not be fetched (HTTP ${status}).`);
    this.name = 'FontUnavailable';
  }
}
