import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { sheetId, type Competition, type Entry, type Round, type ScoreSheet } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { callableCode, errorKind } from '@/lib/errors';
import { paths } from '@/lib/paths';
import { submitSheet, type SubmitSheetRequest } from '../../api/sheet-actions';
import { useSheetAutosave } from '../../hooks/use-sheet-autosave';
import { useSheetNeighbours } from '../../hooks/use-sheet-neighbours';
import { useSheetPendingSubmit } from '../../hooks/use-sheet-pending-submit';
import { CriterionField } from './criterion-field';
import { DeckPanel } from './deck-panel';
import { EntryNav } from './entry-nav';
import { EntryView } from './entry-view';
import { RecuseDialog } from './recuse-dialog';
import { SaveIndicator } from './save-indicator';
import { ScoreBar } from './score-bar';
import { OVERALL_COMMENT_MAX, runningTotal, savableContent, submitProblems } from './sheet-values';
import styles from './scoring.module.css';

export interface ScoringSheetProps {
  competition: Competition;
  judgeUid: string;
  round: Round;
  entry: Entry;
  sheet: ScoreSheet | null;
  pendingWrites: boolean;
  fromCache: boolean;
  /**
   * On a roadshow stage (the judge's phone following it): scoring only while
   * the stage has it open for this team; no list to move through, no
   * recusal; the rubric before the entry (the team is pitching in the hall).
   */
  stage?: { scoringOpen: boolean };
}

type Problems = ReturnType<typeof submitProblems>;

/** The entry beside the round's rubric; the draft saves itself; submit locks it. */
export function ScoringSheet({
  competition,
  judgeUid,
  round,
  entry,
  sheet,
  pendingWrites,
  fromCache,
  stage,
}: ScoringSheetProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const cid = competition.id;
  const criteria = round.rubric.criteria;
  const pair = { competitionId: cid, roundId: round.id, entryId: entry.id };

  const pendingSubmit = useSheetPendingSubmit(cid, sheetId(round.id, judgeUid, entry.id));
  const [submitted, setSubmitted] = useState(false);
  const status = submitted ? 'submitted' : (sheet?.status ?? 'draft');
  // On stage the round is open while the stage says scoring is (the rules and submitSheet check both).
  const roundOpen = competition.openRoundIds.includes(round.id) && (stage?.scoringOpen ?? true);
  const editable = roundOpen && status === 'draft' && !pendingSubmit.pending;
  const autosave = useSheetAutosave({
    cid,
    roundId: round.id,
    judgeUid,
    entryId: entry.id,
    criteria,
    sheet,
    pendingWrites,
    fromCache,
    editable,
  });
  const neighbours = useSheetNeighbours(cid, judgeUid, round.id, entry.id);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [recusing, setRecusing] = useState(false);
  const scoreInputs = useRef(new Map<string, HTMLInputElement>());
  // The UI kit's Button takes no ref: its slot in the bar does.
  const actionSlot = useRef<HTMLDivElement>(null);
  const nextLink = useRef<HTMLAnchorElement>(null);

  const { values } = autosave;
  const current = savableContent(criteria, values, { scores: {}, comments: {}, comment: '' }).content;
  const total = runningTotal(criteria, current.scores);
  const scoredCount = Object.keys(current.scores).length;
  const weightSum = criteria.reduce((sum, c) => sum + c.weight, 0);
  const nextPath = neighbours.next && !stage ? paths.judgeEntry(cid, round.id, neighbours.next.entryId) : null;

  // Once submitted, Enter anywhere but in a control goes on to the next entry.
  useEffect(() => {
    if (status !== 'submitted' || !nextPath) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Enter' || target?.closest('input, textarea, button, a, select, dialog')) return;
      event.preventDefault();
      void navigate(nextPath);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [status, nextPath, navigate]);

  const focusAfter = (index: number) => {
    const next = criteria[index + 1];
    if (next) scoreInputs.current.get(next.id)?.focus();
    else actionSlot.current?.querySelector('button')?.focus();
  };

  const onSubmit = async () => {
    const found = submitProblems(criteria, values);
    setSubmitError(null);
    if (found.length > 0) {
      setProblems(found);
      scoreInputs.current.get(found[0]!.criterionId)?.focus();
      return;
    }
    setProblems(null);
    const request: SubmitSheetRequest = { ...pair, ...current };
    // The draft goes into the device's queue first, so nothing typed is lost whatever happens next.
    autosave.saveNow();
    if (!navigator.onLine) return pendingSubmit.queue(request);
    setSubmitting(true);
    try {
      const flushed = await autosave.flush();
      if (flushed === 'conflict') return;
      if (flushed === 'offline') return pendingSubmit.queue(request);
      await submitSheet(request);
      setSubmitted(true);
      // Enter (or a tap) on the focused link goes on to the next entry.
      requestAnimationFrame(() => nextLink.current?.focus());
    } catch (error) {
      if (errorKind(error) === 'network') pendingSubmit.queue(request);
      else setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const criterionName = (id: string) => {
    const c = criteria.find((x) => x.id === id);
    return c ? pickLocalized(language, c.name, c.nameEn) : id;
  };
  const problemText = (p: Problems[number]) => {
    const c = criteria.find((x) => x.id === p.criterionId);
    return t(`scoring.rubric.problems.${p.kind === 'unknown-criterion' ? 'not-a-number' : p.kind}`, {
      max: c?.max,
      step: c?.step,
    });
  };
  const roundName = pickLocalized(language, round.name, round.nameEn);
  const title = entry.title || t('entry.untitled');
  const entryColumn = (
    <div className={styles.column}>
      <EntryView competition={competition} entry={entry} />
      <DeckPanel deckPath={entry.deckPath} title={title} />
    </div>
  );

  return (
    <div className={styles.page} data-testid="scoring-sheet" data-sheet-status={status}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>{t('scoring.eyebrow', { round: roundName, code: entry.code })}</p>
        <h1 className={styles.title}>{title}</h1>
        {!stage && <EntryNav cid={cid} roundId={round.id} neighbours={neighbours} />}
      </header>

      {autosave.status === 'conflict' && (
        <Alert tone="error">
          <p className={styles.alertTitle}>{t('scoring.conflict.title')}</p>
          <p>{t('scoring.conflict.body')}</p>
          <Button variant="secondary" onClick={autosave.reloadLatest}>
            {t('scoring.conflict.reload')}
          </Button>
        </Alert>
      )}
      {!roundOpen && status === 'draft' && (
        <Alert tone="info">{stage ? t('roadshow.phone.scoringClosed') : t('scoring.closed')}</Alert>
      )}
      {status === 'recused' && <Alert tone="info">{t('scoring.recused')}</Alert>}
      {status === 'submitted' && (
        <Alert tone="success">
          <p data-testid="sheet-locked">{stage ? t('roadshow.phone.submitted') : t('scoring.submit.lockedNote')}</p>
          {nextPath && <p>{t('scoring.submit.nextHint')}</p>}
        </Alert>
      )}
      {pendingSubmit.pending && (
        <Alert tone="warning">
          <p data-testid="submit-pending">{t('scoring.submit.pending')}</p>
          <Button variant="secondary" onClick={pendingSubmit.cancel}>
            {t('scoring.submit.cancelPending')}
          </Button>
        </Alert>
      )}
      {pendingSubmit.refused !== null && (
        <Alert tone="error">
          {t('scoring.submit.refused', {
            reason: callableCode(pendingSubmit.refused) ?? String(pendingSubmit.refused),
          })}
        </Alert>
      )}

      <div className={styles.columns}>
        {!stage && entryColumn}
        <div className={styles.column}>
          <Card title={t('scoring.rubric.title')}>
            <div className={styles.rubric}>
              <p className={styles.muted}>{t('scoring.rubric.hint', { step: criteria[0]?.step ?? 1 })}</p>
              {criteria.map((c, i) => (
                <CriterionField
                  key={c.id}
                  criterion={c}
                  share={weightSum > 0 ? c.weight / weightSum : 0}
                  score={values.scores[c.id] ?? ''}
                  comment={values.comments[c.id] ?? ''}
                  showMissing={problems !== null}
                  disabled={!editable}
                  scoreRef={(el) => {
                    if (el) scoreInputs.current.set(c.id, el);
                    else scoreInputs.current.delete(c.id);
                  }}
                  onScore={(text) => autosave.setScore(c.id, text)}
                  onComment={(text) => autosave.setComment(c.id, text)}
                  onBlur={autosave.saveNow}
                  onEnter={() => focusAfter(i)}
                />
              ))}
              <div className={styles.commentRow}>
                <label className={styles.label} htmlFor="sheet-overall-comment">
                  {t('scoring.rubric.overall')}
                </label>
                <textarea
                  id="sheet-overall-comment"
                  className={styles.textarea}
                  rows={3}
                  maxLength={OVERALL_COMMENT_MAX}
                  value={values.comment}
                  disabled={!editable}
                  data-testid="overall-comment"
                  onChange={(e) => autosave.setOverall(e.target.value)}
                  onBlur={autosave.saveNow}
                />
              </div>
            </div>
          </Card>
          {problems && problems.length > 0 && (
            <Alert tone="error">
              <p className={styles.alertTitle}>{t('scoring.submit.missingTitle')}</p>
              <ul className={styles.problemList} data-testid="submit-problems">
                {problems.map((p) => (
                  <li key={p.criterionId}>
                    {t('scoring.submit.missingItem', { name: criterionName(p.criterionId), problem: problemText(p) })}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {submitError !== null && (
            <Alert tone="error">
              {t('scoring.submit.failed', { reason: callableCode(submitError) ?? String(submitError) })}
            </Alert>
          )}
          {status === 'draft' && roundOpen && !stage && (
            <div className={styles.recuse}>
              <Button variant="ghost" onClick={() => setRecusing(true)} disabled={pendingSubmit.pending}>
                {t('scoring.recuse.open')}
              </Button>
            </div>
          )}
        </div>
        {stage && entryColumn}
      </div>

      <ScoreBar
        actionRef={actionSlot}
        total={total}
        scored={scoredCount}
        count={criteria.length}
        status={<SaveIndicator status={autosave.status} error={autosave.error} />}
        action={
          status === 'submitted' ? (
            nextPath && (
              <Link ref={nextLink} className={buttonClass('primary')} to={nextPath} data-testid="next-after-submit">
                {t('scoring.nav.next')}
              </Link>
            )
          ) : status === 'draft' && roundOpen ? (
            <Button
              onClick={() => void onSubmit()}
              pending={submitting}
              disabled={!editable || autosave.status === 'conflict'}
              data-testid="submit-sheet"
            >
              {submitting ? t('scoring.submit.submitting') : t('scoring.submit.action')}
            </Button>
          ) : null
        }
      />

      <RecuseDialog
        pair={pair}
        open={recusing}
        onClose={() => setRecusing(false)}
        onRecused={() => void navigate(paths.roleHome(cid, 'judge'), { replace: true })}
      />
    </div>
  );
}
