// Every callable of the app is made with `callable()`, so that no payload can
// reach firebase-functions' decoder in a shape that makes it throw a plain
// Error, which the client would only see as INTERNAL: an Int64 wrapper whose
// value is not a number ("NaN"), an unknown "@type", a nesting deep enough to
// overflow its recursion, or a body far larger than any of our inputs.
import {
  HttpsError,
  onCall,
  type CallableOptions,
  type CallableRequest,
  type Request,
} from 'firebase-functions/v2/https';

/** Larger than any input of ours (an entry's texts are well under 64 KiB). */
export const MAX_REQUEST_BYTES = 256 * 1024;
const MAX_DEPTH = 32;
const NUMBER_TYPES = new Set([
  'type.googleapis.com/google.protobuf.Int64Value',
  'type.googleapis.com/google.protobuf.UInt64Value',
]);

/** Why the raw request's `data` cannot be decoded safely, or null. */
export function undecodable(data: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: 'data', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return `${path}: nested more than ${MAX_DEPTH} levels deep`;
    const type = (value as Record<string, unknown>)['@type'];
    if (type) {
      if (typeof type !== 'string' || !NUMBER_TYPES.has(type)) return `${path}: unsupported value type`;
      // Only a string or a number: anything else is what the decoder would
      // stringify (an object's own toString may throw), and no client sends it.
      const n = (value as Record<string, unknown>).value;
      if ((typeof n !== 'string' && typeof n !== 'number') || Number.isNaN(parseFloat(String(n)))) {
        return `${path}: a 64-bit integer that is not a number`;
      }
      continue;
    }
    for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1 });
  }
  return null;
}

function requestProblem(req: Request): string | null {
  try {
    const size = req.rawBody?.length ?? Number(req.headers['content-length'] ?? 0);
    if (size > MAX_REQUEST_BYTES) return `The request is larger than ${MAX_REQUEST_BYTES / 1024} KiB.`;
    const body: unknown = req.body;
    return body && typeof body === 'object' ? undecodable((body as { data?: unknown }).data) : null;
  } catch {
    // This runs outside onCall's own error handling: nothing may escape it.
    return 'The request cannot be read.';
  }
}

/**
 * `onCall(handler)`, with the raw request checked first. A refused request
 * still goes through firebase-functions (CORS, the callable error format), with
 * its data emptied, and the handler then throws `invalid-argument` saying why.
 * `options` are onCall's (memory, timeoutSeconds, …) for a function that needs
 * more than the defaults.
 */
export function callable<T>(handler: (request: CallableRequest<unknown>) => Promise<T>, options: CallableOptions = {}) {
  const refused = new WeakMap<object, string>();
  const fn = onCall(options, async (request: CallableRequest<unknown>) => {
    const why = request.rawRequest ? refused.get(request.rawRequest) : undefined;
    if (why) throw new HttpsError('invalid-argument', why);
    return handler(request);
  });
  const guarded = (req: Request, res: Parameters<typeof fn>[1]) => {
    const why = req.method === 'POST' ? requestProblem(req) : null;
    if (why) {
      refused.set(req, why);
      req.body = { data: null };
    }
    return fn(req, res);
  };
  // Keep what firebase-functions attached to fn (__endpoint for deploys and
  // the emulator, run() for tests).
  const { length: _l, name: _n, prototype: _p, ...attached } = Object.getOwnPropertyDescriptors(fn);
  return Object.defineProperties(guarded, attached) as unknown as typeof fn;
}
