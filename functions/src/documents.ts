// Reads Firestore documents through the shared schemas (src/domain/model/
// doc-schemas.ts): the boundary between what is stored and what the functions
// trust. Admin SDK Timestamps become epoch millis at the fields the schemas
// name as dates, and nowhere else.
import { DocumentReference, GeoPoint, Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { documentSchemas } from '../../src/domain/model/doc-schemas';
import { capProblems } from './problems';

/** An Admin SDK Timestamp, read as epoch millis. */
export const timestamp = z
  .custom<Timestamp>((v) => v instanceof Timestamp, { message: 'expected a timestamp' })
  .transform((t) => t.toMillis());

export const schemas = documentSchemas(timestamp);

/** What a stored value is, in words, without printing it (it may be 900 KB of bytes). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Timestamp) return 'a timestamp';
  if (value instanceof DocumentReference) return 'a document reference';
  if (value instanceof GeoPoint) return 'a geo point';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `a ${typeof value}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (!here || typeof here !== 'object' || !Object.prototype.hasOwnProperty.call(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** One line per problem: `<doc path>: <field>: <what is wrong>`. */
export function describeIssues(docPath: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(document)';
    const what =
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}, found ${describeValue(valueAt(data, issue.path))}`
        : issue.message;
    return `${docPath}: ${field}: ${what}`;
  });
}

export type DocResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses an existing document with `schema`; the id is added as `id`. */
export function parseDoc<S extends z.ZodType<object>>(
  snap: DocumentSnapshot,
  schema: S,
): DocResult<z.output<S> & { id: string }> {
  const data = snap.data();
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(snap.ref.path, data, parsed.error.issues) };
  return { ok: true, value: { ...parsed.data, id: snap.id } };
}

/**
 * The document, parsed; a document that does not fit is refused with a
 * message naming it and each field, for the organizer to repair.
 */
export function readDoc<S extends z.ZodType<object>>(snap: DocumentSnapshot, schema: S): z.output<S> & { id: string } {
  return orRefuse([parseDoc(snap, schema)])[0]!;
}

/** Every value, or one refusal that lists the problems of all the documents. */
export function orRefuse<T>(results: readonly DocResult<T>[]): T[] {
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length > 0) {
    throw new HttpsError('failed-precondition', 'Some stored documents are malformed; an organizer must repair them.', {
      problems: capProblems(problems),
    });
  }
  return results.map((r) => (r as { ok: true; value: T }).value);
}
