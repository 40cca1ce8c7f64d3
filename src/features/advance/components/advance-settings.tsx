import { useTranslation } from 'react-i18next';
import type { AdvanceScope } from '@/domain/advance';
import type { Competition } from '@/domain/model';
import { RoundSelect } from '@/components/ui/round-select';
import { TextField } from '@/components/ui/text-field';
import styles from './advance.module.css';

export interface AdvanceChoice {
  fromRoundId: string;
  toRoundId: string;
  scope: AdvanceScope;
  /** As typed; parseN reads it. */
  nText: string;
}

/** N as typed, or null when it is not a whole number from 1 to 1000. */
export function parseN(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= 1000 ? n : null;
}

interface AdvanceSettingsProps {
  competition: Competition;
  choice: AdvanceChoice;
  onChange: (choice: AdvanceChoice) => void;
}

/** From which round, to which, overall or per track, and N. */
export function AdvanceSettings({ competition, choice, onChange }: AdvanceSettingsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AdvanceChoice>) => onChange({ ...choice, ...patch });
  const to = competition.rounds.find((r) => r.id === choice.toRoundId);
  const nInvalid = parseN(choice.nText) === null;
  return (
    <div className={styles.stack}>
      <div className={styles.fields}>
        <RoundSelect
          label={t('advance.fromRound')}
          rounds={competition.rounds}
          value={choice.fromRoundId}
          onChange={(fromRoundId) => set({ fromRoundId })}
        />
        <RoundSelect
          label={t('advance.toRound')}
          rounds={competition.rounds}
          value={choice.toRoundId}
          onChange={(toRoundId) => set({ toRoundId })}
        />
      </div>
      {choice.fromRoundId === choice.toRoundId && (
        <p className={styles.warningText} role="alert">
          {t('advance.sameRound')}
        </p>
      )}
      {to?.status === 'closed' && (
        <p className={styles.warningText} role="alert">
          {t('advance.toRoundClosed')}
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('advance.scope.legend')}</legend>
        <div className={styles.scopes}>
          {(['track', 'overall'] as const).map((scope) => (
            <label key={scope} className={styles.choice}>
              <input
                type="radio"
                name="advance-scope"
                value={scope}
                checked={choice.scope === scope}
                onChange={() => set({ scope })}
              />
              <span className={styles.choiceText}>
                <span className={styles.choiceLabel}>{t(`advance.scope.${scope}`)}</span>
                <span className={styles.muted}>{t(`advance.scope.${scope}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.fields}>
        <TextField
          label={t('advance.n')}
          inputMode="numeric"
          value={choice.nText}
          onChange={(e) => set({ nText: e.target.value })}
          hint={t(choice.scope === 'track' ? 'advance.nHintTrack' : 'advance.nHintOverall')}
          error={nInvalid ? t('advance.nInvalid') : undefined}
        />
      </div>
    </div>
  );
}
