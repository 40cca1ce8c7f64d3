import { FieldValue, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import { db } from './admin';
import { auditPath } from './paths';

export interface AuditInput {
  type: string;
  actorUid: string;
  subject: { kind: string; id: string };
  data?: Record<string, unknown>;
}

/**
 * Appends an audit event in the same transaction or batch as the change it
 * records, so that no change lands without its trail. Clients can never write
 * the audit collection (firestore.rules), only these functions.
 */
export function appendAudit(writer: Transaction | WriteBatch, cid: string, event: AuditInput): void {
  const ref = db.collection(auditPath(cid)).doc();
  const doc = { ...event, data: event.data ?? {}, at: FieldValue.serverTimestamp() };
  // Transaction.set and WriteBatch.set take the same arguments.
  (writer as WriteBatch).set(ref, doc);
}
