import { useTranslation } from 'react-i18next';
import { presetCompetition } from '@/domain/settings';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './create.module.css';

// Read from the preset itself, so the description never drifts from what is created.
const preset = presetCompetition({ title: '', titleEn: '', ownerUid: '', now: 0 });

/** What the preset gives, in a few lines. */
export function PresetSummary() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const local = (zh: string, en: string) => pickLocalized(language, zh, en);
  const list = (items: string[]) => items.join(t('setup.create.listSeparator'));
  const first = preset.rounds[0];
  const panel = first?.judgesPerEntry;
  return (
    <ul className={styles.summary}>
      <li>{t('setup.create.preset.tracks', { list: list(preset.tracks.map((x) => local(x.name, x.nameEn))) })}</li>
      <li>{t('setup.create.preset.rounds', { list: list(preset.rounds.map((r) => local(r.name, r.nameEn))) })}</li>
      {first && (
        <li>
          {t('setup.create.preset.criteria', {
            list: list(
              first.rubric.criteria.map((k) =>
                t('setup.create.preset.criterion', { name: local(k.name, k.nameEn), weight: k.weight }),
              ),
            ),
          })}
        </li>
      )}
      {typeof panel === 'number' && <li>{t('setup.create.preset.panel', { count: panel })}</li>}
      {preset.aggregation.method === 'trimmed-mean' && (
        <li>{t('setup.create.preset.trim', { count: preset.aggregation.trim })}</li>
      )}
      <li>
        {t('setup.create.preset.awards', {
          list: list(
            preset.awards.map((a) =>
              t('setup.create.preset.award', { label: local(a.label, a.labelEn), count: a.count }),
            ),
          ),
        })}
      </li>
    </ul>
  );
}
