import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Reveal, Stage } from '@/domain/model';
import { hasStarted, lockedEntries } from '@/domain/roadshow';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { StageTeamLabel } from '../api/stage-reads';
import type { StageCall } from '../hooks/use-stage-call';
import styles from './stage.module.css';

interface RunningOrderProps {
  stage: Stage;
  labels: Map<string, StageTeamLabel>;
  reveals: Map<string, Reveal>;
  call: StageCall;
}

/** Swaps places i and j of the order (a move up or down). */
function swapped(order: readonly string[], i: number, j: number): string[] {
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/**
 * The running order: drawn by lot (the seed shown, so anyone can re-check it)
 * or moved by hand; a team marked absent is skipped; any waiting team can be
 * called on stage out of turn. Teams revealed or on stage keep their places.
 */
export function RunningOrder({ stage, labels, reveals, call }: RunningOrderProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locked = lockedEntries(stage);
  const busy = call.pending !== null;
  const started = hasStarted(stage);
  const move = (i: number, j: number) => void call.run({ type: 'setOrder', order: swapped(stage.order, i, j) });

  return (
    <Card title={t('stage.order.title')} aside={<span className={styles.muted}>{stage.order.length}</span>}>
      <div className={styles.drawRow}>
        {stage.draw ? (
          <p className={styles.drawFacts} data-testid="stage-draw">
            {t('stage.order.drawn', {
              seed: stage.draw.seed,
              at: t('common.atBeijingTime', { date: formatDateTime(stage.draw.at, language) }),
            })}
          </p>
        ) : (
          <p className={styles.muted}>{t('stage.order.notDrawn')}</p>
        )}
        {!started && (
          <Button
            variant="secondary"
            onClick={() => void call.run({ type: 'draw' })}
            pending={call.pending === 'draw'}
            disabled={busy || stage.order.length < 2}
            data-testid="stage-draw-button"
          >
            {stage.draw ? t('stage.order.redraw') : t('stage.order.draw')}
          </Button>
        )}
      </div>
      {stage.order.length === 0 ? (
        <p className={styles.muted}>{t('stage.order.empty')}</p>
      ) : (
        <ol className={styles.order} data-testid="stage-order">
          {stage.order.map((entryId, i) => {
            const label = labels.get(entryId);
            const current = stage.current?.entryId === entryId;
            const revealed = stage.revealed.includes(entryId);
            const absent = stage.absent.includes(entryId);
            const name = label?.code ?? entryId;
            const canMoveUp = i > 0 && !locked.has(stage.order[i - 1]!);
            const canMoveDown = i < stage.order.length - 1 && !locked.has(entryId) && !locked.has(stage.order[i + 1]!);
            return (
              <li
                key={entryId}
                className={[styles.orderRow, current ? styles.orderCurrent : ''].filter(Boolean).join(' ')}
                data-testid="stage-order-row"
                aria-current={current ? 'step' : undefined}
              >
                <span className={styles.orderPlace}>{i + 1}</span>
                <span className={styles.orderTeam}>
                  <span className={styles.teamCode}>{name}</span>{' '}
                  <span className={styles.orderTitle}>{label?.title || t('stage.order.untitled')}</span>
                </span>
                <span className={styles.orderState}>
                  {current && <Badge tone="primary">{t('stage.order.onStage')}</Badge>}
                  {revealed && (
                    <Badge tone="success">
                      {t('stage.order.revealed', { score: reveals.get(entryId)?.score ?? '…' })}
                    </Badge>
                  )}
                  {absent && <Badge tone="warning">{t('stage.order.absent')}</Badge>}
                </span>
                <span className={styles.orderButtons}>
                  {/* Revealed teams and the one on stage keep their places: no arrows. */}
                  {!locked.has(entryId) && (
                    <>
                      <Button
                        variant="ghost"
                        onClick={() => move(i, i - 1)}
                        disabled={busy || !canMoveUp}
                        aria-label={t('stage.order.up', { code: name })}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="ghost"
                        onClick={() => move(i, i + 1)}
                        disabled={busy || !canMoveDown}
                        aria-label={t('stage.order.down', { code: name })}
                      >
                        ↓
                      </Button>
                    </>
                  )}
                  {!revealed && !current && (
                    <>
                      <Button
                        variant="ghost"
                        onClick={() => void call.run({ type: 'absent', entryId, absent: !absent })}
                        disabled={busy}
                        aria-label={t(absent ? 'stage.order.markPresentOf' : 'stage.order.markAbsentOf', {
                          code: name,
                        })}
                      >
                        {absent ? t('stage.order.markPresent') : t('stage.order.markAbsent')}
                      </Button>
                      {!absent && stage.phase !== 'scoring' && (
                        <Button
                          variant="ghost"
                          onClick={() => void call.run({ type: 'goTo', entryId })}
                          disabled={busy}
                          aria-label={t('stage.order.callOf', { code: name })}
                        >
                          {t('stage.order.call')}
                        </Button>
                      )}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
