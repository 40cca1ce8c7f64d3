import type { Track } from '@/domain/model';
import { Badge } from '@/components/ui/badge';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './explore.module.css';

/** A competition's tracks as a row of badges. */
export function TrackNames({ tracks }: { tracks: readonly Track[] }) {
  const { language } = useLanguage();
  return (
    <ul className={styles.tracks}>
      {tracks.map((track) => (
        <li key={track.id}>
          <Badge>{pickLocalized(language, track.name, track.nameEn)}</Badge>
        </li>
      ))}
    </ul>
  );
}
