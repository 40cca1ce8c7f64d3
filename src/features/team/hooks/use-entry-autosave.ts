// Drafts that save themselves: a save ~1 s after typing stops and on leaving
// a field, of the valid values only; every save is the next revision, so a
// copy that another tab or device changed meanwhile is never overwritten
// (the rules refuse it) and never silently replaced (the form keeps the
// user's text and asks).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Entry } from '@/domain/model';
import type { EntryFormSchemas, EntryQuestion } from '@/domain/registration';
import { errorCode } from '@/lib/errors';
import { saveEntryContent, waitForQueuedSaves, type EntryContentFields } from '../api/live-entry';
import {
  contentKey,
  entryContent,
  savableContent,
  toFormValues,
  type EntryFormValues,
} from '../components/entry-form/form-values';
import { useOnline } from '@/lib/async/use-online';

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus =
  | 'read-only'
  /** Another tab or device changed the entry while this form had edits of its own. */
  | 'conflict'
  /** A save failed for another reason. */
  | 'error'
  /** Some fields are invalid: they are not saved (the others are). */
  | 'invalid'
  /** No network: changes stay on this device and sync later. */
  | 'offline'
  | 'saving'
  | 'saved';

interface AutosaveOptions {
  cid: string;
  eid: string;
  questions: readonly EntryQuestion[];
  schema: EntryFormSchemas['draft'];
  form: UseFormReturn<EntryFormValues>;
  /** The latest snapshot of the entry (cache or server). */
  entry: Entry;
  pendingWrites: boolean;
  fromCache: boolean;
  editable: boolean;
}

export interface Autosave {
  status: SaveStatus;
  /** Form paths whose value is invalid and therefore not saved. */
  invalidPaths: string[];
  error: unknown;
  /** Saves now what is waiting (on blur). */
  saveNow: () => void;
  /** Saves now and resolves true once everything is acknowledged by the server. */
  flush: () => Promise<boolean>;
  /** After a conflict: drop this form's unsaved edits and show the entry as stored. */
  reloadLatest: () => void;
}

/** The bookkeeping of saves, outside React state (read by callbacks at any time). */
interface Book {
  /** The revision the next save builds on: this tab's last save, or the last one adopted. */
  revision: number;
  lastSaved: EntryContentFields;
  lastSavedKey: string;
  /** What this page wrote, by revision: a snapshot showing one of these is our own save. */
  written: Map<number, string>;
  /** Bumped by reloadLatest: refusals of saves made before it are old news. */
  generation: number;
  pending: Set<Promise<boolean>>;
  timer: ReturnType<typeof setTimeout> | undefined;
  conflict: boolean;
  failed: boolean;
}

export function useEntryAutosave(options: AutosaveOptions): Autosave {
  const { cid, eid, questions, schema, form, entry, pendingWrites, fromCache, editable } = options;
  const online = useOnline();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalidPaths, setInvalidPaths] = useState<string[]>([]);
  const [waiting, setWaiting] = useState(false);
  const [inFlight, setInFlight] = useState(0);

  const book = useRef<Book>(null as unknown as Book);
  if (book.current === null) {
    const lastSaved = entryContent(entry, questions);
    book.current = {
      revision: entry.revision,
      lastSaved,
      lastSavedKey: contentKey(lastSaved),
      written: new Map(),
      generation: 0,
      pending: new Set(),
      timer: undefined,
      conflict: false,
      failed: false,
    };
  }
  const latestEntry = useRef(entry);
  const editableRef = useRef(editable);
  useEffect(() => {
    latestEntry.current = entry;
    editableRef.current = editable;
  });

  const markConflict = useCallback(() => {
    book.current.conflict = true;
    setConflict(true);
  }, []);

  const adopt = useCallback(
    (next: Entry) => {
      const b = book.current;
      clearTimeout(b.timer);
      b.timer = undefined;
      b.lastSaved = entryContent(next, questions);
      b.lastSavedKey = contentKey(b.lastSaved);
      b.revision = next.revision;
      b.written.clear();
      b.generation += 1;
      b.conflict = false;
      b.failed = false;
      form.reset(toFormValues(next, questions));
      setConflict(false);
      setError(null);
      setInvalidPaths([]);
      setWaiting(false);
    },
    [form, questions],
  );

  const save = useCallback((): Promise<boolean> => {
    const b = book.current;
    clearTimeout(b.timer);
    b.timer = undefined;
    setWaiting(false);
    if (!editableRef.current || b.conflict) return Promise.resolve(false);
    const savable = savableContent(schema, form.getValues(), b.lastSaved);
    if (!savable) return Promise.resolve(false);
    setInvalidPaths(savable.invalidPaths);
    const valid = savable.invalidPaths.length === 0;
    const key = contentKey(savable.content);
    if (key === b.lastSavedKey) return Promise.resolve(valid);

    const revision = b.revision + 1;
    b.revision = revision;
    b.lastSaved = savable.content;
    b.lastSavedKey = key;
    b.written.set(revision, key);
    const generation = b.generation;
    setInFlight((n) => n + 1);
    const done: Promise<boolean> = saveEntryContent(cid, eid, savable.content, revision)
      .then(
        () => true,
        (err: unknown) => {
          if (generation !== b.generation) return false;
          // The rules refuse a save that is not the next revision: someone else saved first.
          if (errorCode(err) === 'permission-denied') markConflict();
          else {
            b.failed = true;
            setError(err);
          }
          return false;
        },
      )
      .finally(() => {
        b.pending.delete(done);
        setInFlight((n) => n - 1);
      });
    b.pending.add(done);
    return done.then((ok) => ok && valid);
  }, [cid, eid, form, schema, markConflict]);

  // A snapshot that is not one of our own saves: someone else changed the entry.
  useEffect(() => {
    const b = book.current;
    const key = contentKey(entryContent(entry, questions));
    const ours = (entry.revision === b.revision && key === b.lastSavedKey) || b.written.get(entry.revision) === key;
    // Every change (ours, another device's, a status change by a function)
    // raises the revision, so an older one is stale: the device's cache catching
    // up, e.g. just after a reload while another tab of the same browser still
    // holds the cache. Adopting it would step back and make the next save fail.
    const stale = entry.revision < b.revision;
    if (ours || stale || b.conflict) return;
    const savable = savableContent(schema, form.getValues(), b.lastSaved);
    const unsaved =
      b.timer !== undefined ||
      b.pending.size > 0 ||
      !savable ||
      savable.invalidPaths.length > 0 ||
      contentKey(savable.content) !== b.lastSavedKey;
    if (unsaved) markConflict();
    else adopt(entry);
  }, [entry, questions, schema, form, adopt, markConflict]);

  // Typing schedules a save; leaving the page saves what waits.
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change' || !editableRef.current) return;
      const b = book.current;
      clearTimeout(b.timer);
      b.timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
      setWaiting(true);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden' && book.current.timer !== undefined) void save();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      if (book.current.timer !== undefined) void save();
    };
  }, [form, save]);

  const saveNow = useCallback(() => {
    if (book.current.timer !== undefined) void save();
  }, [save]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (!navigator.onLine) return false;
    const ok = await save();
    const results = await Promise.all([...book.current.pending]);
    // Saves queued before a reload are not in `pending`: wait for the SDK's queue,
    // unless the network goes away meanwhile.
    const offline = new Promise<void>((resolve) => window.addEventListener('offline', () => resolve(), { once: true }));
    await Promise.race([waitForQueuedSaves(), offline]);
    const b = book.current;
    return ok && results.every(Boolean) && navigator.onLine && !b.conflict && !b.failed;
  }, [save]);

  const reloadLatest = useCallback(() => adopt(latestEntry.current), [adopt]);

  const unsynced = waiting || inFlight > 0 || pendingWrites;
  const status: SaveStatus = !editable
    ? 'read-only'
    : conflict
      ? 'conflict'
      : error
        ? 'error'
        : invalidPaths.length > 0
          ? 'invalid'
          : !online || (unsynced && fromCache)
            ? 'offline'
            : unsynced
              ? 'saving'
              : 'saved';

  return { status, invalidPaths, error, saveNow, flush, reloadLatest };
}
