// A judge's draft saves itself: ~800 ms after typing stops and on leaving a
// field, of the valid scores only. Every save is the next revision (1 for a
// new sheet), so a copy that another device saved meanwhile is never
// overwritten (the rules refuse it) nor silently replaced (the form keeps the
// judge's input and asks). The team's entry form works the same way
// (src/features/team/hooks/use-entry-autosave.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Criterion, ScoreSheet } from '@/domain/model';
import { errorCode } from '@/lib/errors';
import { saveSheetDraft, waitForQueuedSheetSaves } from '../api/sheet-live';
import {
  contentKey,
  savableContent,
  sheetContent,
  toValues,
  type SheetContent,
  type SheetValues,
} from '../components/scoring/sheet-values';
import { useOnline } from '@/lib/async/use-online';

export const SHEET_AUTOSAVE_DELAY_MS = 800;

/** synced: the server has the draft; offline: it is queued on the device; conflict: another device saved first. */
export type FlushResult = 'synced' | 'offline' | 'conflict' | 'failed';

export type SheetSaveStatus = 'read-only' | 'conflict' | 'error' | 'invalid' | 'offline' | 'saving' | 'saved';

interface Options {
  cid: string;
  roundId: string;
  judgeUid: string;
  entryId: string;
  criteria: readonly Criterion[];
  /** The latest snapshot of the sheet (cache or server); null: not started. */
  sheet: ScoreSheet | null;
  pendingWrites: boolean;
  fromCache: boolean;
  /** A draft (or not started) of an open round, with no submit pending. */
  editable: boolean;
}

export interface SheetAutosave {
  values: SheetValues;
  setScore: (criterionId: string, text: string) => void;
  setComment: (criterionId: string, text: string) => void;
  setOverall: (text: string) => void;
  status: SheetSaveStatus;
  /** Criteria whose input is invalid and therefore not saved. */
  invalid: string[];
  error: unknown;
  /** Saves now what is waiting (on blur). */
  saveNow: () => void;
  /** Saves now and resolves once everything is acknowledged by the server, or why not. */
  flush: () => Promise<FlushResult>;
  /** After a conflict: drop this device's unsaved input and show the sheet as stored. */
  reloadLatest: () => void;
}

interface Book {
  /** The revision the next save builds on: this page's last save, or the last one adopted. */
  revision: number;
  lastSaved: SheetContent;
  lastSavedKey: string;
  /** What this page wrote, by revision: a snapshot showing one of these is our own save. */
  written: Map<number, string>;
  /** Bumped by adopt: refusals of saves made before it are old news. */
  generation: number;
  pending: Set<Promise<boolean>>;
  timer: ReturnType<typeof setTimeout> | undefined;
  conflict: boolean;
  failed: boolean;
}

export function useSheetAutosave(options: Options): SheetAutosave {
  const { cid, roundId, judgeUid, entryId, criteria, sheet, pendingWrites, fromCache, editable } = options;
  const online = useOnline();
  const [values, setValues] = useState<SheetValues>(() => toValues(sheet));
  const valuesRef = useRef(values);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [waiting, setWaiting] = useState(false);
  const [inFlight, setInFlight] = useState(0);
  // The revision of this page's last save: until a snapshot shows it, the save
  // is not yet in the device's cache (a reload right now would lose it).
  const [lastWritten, setLastWritten] = useState(0);

  const book = useRef<Book>(null as unknown as Book);
  if (book.current === null) {
    const lastSaved = sheetContent(criteria, sheet);
    book.current = {
      revision: sheet?.revision ?? 0,
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
  const latest = useRef({ sheet, editable });
  useEffect(() => {
    latest.current = { sheet, editable };
  });

  const markConflict = useCallback(() => {
    book.current.conflict = true;
    setConflict(true);
  }, []);

  const adopt = useCallback(
    (next: ScoreSheet | null) => {
      const b = book.current;
      clearTimeout(b.timer);
      b.timer = undefined;
      b.lastSaved = sheetContent(criteria, next);
      b.lastSavedKey = contentKey(b.lastSaved);
      b.revision = next?.revision ?? 0;
      setLastWritten(b.revision);
      b.written.clear();
      b.generation += 1;
      b.conflict = false;
      b.failed = false;
      valuesRef.current = toValues(next);
      setValues(valuesRef.current);
      setConflict(false);
      setError(null);
      setInvalid([]);
      setWaiting(false);
    },
    [criteria],
  );

  const save = useCallback((): Promise<boolean> => {
    const b = book.current;
    clearTimeout(b.timer);
    b.timer = undefined;
    setWaiting(false);
    if (!latest.current.editable || b.conflict) return Promise.resolve(false);
    const savable = savableContent(criteria, valuesRef.current, b.lastSaved);
    setInvalid(savable.invalid);
    const valid = savable.invalid.length === 0;
    const key = contentKey(savable.content);
    if (key === b.lastSavedKey) return Promise.resolve(valid);

    const revision = b.revision + 1;
    b.revision = revision;
    b.lastSaved = savable.content;
    b.lastSavedKey = key;
    b.written.set(revision, key);
    const generation = b.generation;
    setInFlight((n) => n + 1);
    setLastWritten(revision);
    const done: Promise<boolean> = saveSheetDraft(cid, { roundId, judgeUid, entryId }, savable.content, revision)
      .then(
        () => true,
        (err: unknown) => {
          if (generation !== b.generation) return false;
          // The rules refuse a save that is not the next revision: another device saved first.
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
  }, [cid, roundId, judgeUid, entryId, criteria, markConflict]);

  // A snapshot that is not one of our own saves: another device, or a function (submit, recuse).
  useEffect(() => {
    if (!sheet) return;
    const b = book.current;
    const key = contentKey(sheetContent(criteria, sheet));
    const ours = (sheet.revision === b.revision && key === b.lastSavedKey) || b.written.get(sheet.revision) === key;
    // Every change raises the revision: an older one is the device's cache catching up.
    const stale = sheet.revision < b.revision;
    if (ours || stale || b.conflict) return;
    // Submitted or recused: nothing of this page can be saved any more; show what is stored.
    if (sheet.status !== 'draft') return adopt(sheet);
    const savable = savableContent(criteria, valuesRef.current, b.lastSaved);
    const unsaved =
      b.timer !== undefined ||
      b.pending.size > 0 ||
      savable.invalid.length > 0 ||
      contentKey(savable.content) !== b.lastSavedKey;
    if (unsaved) markConflict();
    else adopt(sheet);
  }, [sheet, criteria, adopt, markConflict]);

  const schedule = useCallback(
    (next: SheetValues) => {
      valuesRef.current = next;
      setValues(next);
      if (!latest.current.editable) return;
      const b = book.current;
      clearTimeout(b.timer);
      b.timer = setTimeout(() => void save(), SHEET_AUTOSAVE_DELAY_MS);
      setWaiting(true);
    },
    [save],
  );

  const setScore = useCallback(
    (id: string, text: string) =>
      schedule({ ...valuesRef.current, scores: { ...valuesRef.current.scores, [id]: text } }),
    [schedule],
  );
  const setComment = useCallback(
    (id: string, text: string) =>
      schedule({ ...valuesRef.current, comments: { ...valuesRef.current.comments, [id]: text } }),
    [schedule],
  );
  const setOverall = useCallback((text: string) => schedule({ ...valuesRef.current, comment: text }), [schedule]);

  // Leaving the page (or hiding it: a phone locking) saves what waits.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && book.current.timer !== undefined) void save();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      if (book.current.timer !== undefined) void save();
    };
  }, [save]);

  const saveNow = useCallback(() => {
    if (book.current.timer !== undefined) void save();
  }, [save]);

  const flush = useCallback(async (): Promise<FlushResult> => {
    if (!navigator.onLine) return 'offline';
    const ok = await save();
    const results = await Promise.all([...book.current.pending]);
    // Saves queued before a reload are not in `pending`: wait for the SDK's queue,
    // unless the network goes away meanwhile.
    const offline = new Promise<void>((resolve) => window.addEventListener('offline', () => resolve(), { once: true }));
    await Promise.race([waitForQueuedSheetSaves(), offline]);
    const b = book.current;
    if (b.conflict) return 'conflict';
    if (!navigator.onLine) return 'offline';
    return ok && results.every(Boolean) && !b.failed ? 'synced' : 'failed';
  }, [save]);

  const reloadLatest = useCallback(() => adopt(latest.current.sheet), [adopt]);

  const unsynced = waiting || inFlight > 0 || pendingWrites;
  // Typed but not yet written into the device's cache.
  const notLocal = waiting || (sheet?.revision ?? 0) < lastWritten;
  const status: SheetSaveStatus = !editable
    ? 'read-only'
    : conflict
      ? 'conflict'
      : error
        ? 'error'
        : invalid.length > 0
          ? 'invalid'
          : notLocal
            ? 'saving'
            : !online || (unsynced && fromCache)
              ? 'offline'
              : unsynced
                ? 'saving'
                : 'saved';

  return { values, setScore, setComment, setOverall, status, invalid, error, saveNow, flush, reloadLatest };
}
