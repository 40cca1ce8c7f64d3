import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import {
  certificateDate,
  certificatePages,
  exportFileName,
  judgeKeyRows,
  judgeKeyTable,
  resultCsvTable,
  resultFileName,
} from '@/domain/publication/exports';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { errorKind } from '@/lib/errors';
import { useNow } from '@/lib/format/use-now';
import { ExportHashMismatch, loadExportBytes } from '../api/export-bytes';
import { loadJudgePseudonyms } from '@/lib/firebase/judge-pseudonyms';
import { publishedAs, type PublishData } from '../hooks/use-publish-data';
import { useSections } from '../hooks/use-sections';
import { fetchCertificateFont, FontUnavailable } from '../lib/certificate-font';
import { CSV_TYPE, download, JSON_TYPE, PDF_TYPE } from '@/lib/download';
import { formatSize } from '../lib/format-size';
import { toCsv, toWorkbook } from '../lib/spreadsheets';
import { DownloadRow, type Step } from './download-row';
import styles from './publication.module.css';

interface DownloadsCardProps {
  competition: Competition;
  roundId: string;
  data: PublishData;
}

/** The files of the stored computation: the export, the judge key, the results as CSV and Excel, the certificates. */
export function DownloadsCard({ competition, roundId, data }: DownloadsCardProps) {
  const { t } = useTranslation();
  const computation = data.computation!;
  const sections = useSections(competition, computation, data.facts);
  const now = useNow();
  const round = competition.rounds.find((r) => r.id === roundId);
  // File names and certificates are Chinese documents: the Chinese title and round name.
  const title = competition.title || competition.titleEn;
  const roundName = round?.name || roundId;
  const sha = computation.exportSha256;
  const certificates = certificatePages(sections, {
    competitionTitle: title,
    organizer: competition.organizerName || competition.organizerNameEn,
    // Dated the day they are printed (Beijing time).
    date: certificateDate(now),
    perTrack: competition.ranking.scope === 'track',
  });

  /** A failure as a sentence that says what to do. */
  const failure = (error: unknown): Error => {
    if (error instanceof ExportHashMismatch) return new Error(t('publication.downloads.errors.hash'));
    if (error instanceof FontUnavailable) return new Error(t('publication.downloads.errors.font'));
    return new Error(t(`publication.downloads.errors.${errorKind(error)}`));
  };
  const guarded =
    (make: (report: (step: Step) => void) => Promise<{ blob: Blob; file: string }>) =>
    async (report: (step: Step) => void) => {
      let made;
      try {
        made = await make(report);
      } catch (error) {
        throw error instanceof RefusalError ? error : failure(error);
      }
      download(made.blob, made.file);
      return { file: made.file, size: made.blob.size };
    };

  const runExport = guarded(async (report) => {
    if (!computation.exportPath) throw new RefusalError(t('publication.downloads.errors.noExport'));
    report({ message: t('publication.downloads.downloadingExport') });
    const bytes = await loadExportBytes(computation.exportPath, sha);
    return {
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: JSON_TYPE }),
      file: exportFileName(title, roundName, sha),
    };
  });

  const runJudgeKey = guarded(async () => {
    const byUid = await loadJudgePseudonyms(competition.id);
    if (Object.keys(byUid).length === 0) throw new RefusalError(t('publication.downloads.errors.noPseudonyms'));
    const csv = toCsv(judgeKeyTable(judgeKeyRows(byUid, data.facts.people)));
    const file = resultFileName(title, roundName, t('publication.downloads.fileNames.judgeKey'), sha, 'csv');
    return { blob: new Blob([csv], { type: CSV_TYPE }), file };
  });

  const runCsv = guarded(async () => {
    const file = resultFileName(title, roundName, t('publication.downloads.fileNames.results'), sha, 'csv');
    return { blob: new Blob([toCsv(resultCsvTable(sections))], { type: CSV_TYPE }), file };
  });

  const runExcel = guarded(async () => {
    const file = resultFileName(title, roundName, t('publication.downloads.fileNames.results'), sha, 'xlsx');
    return { blob: await toWorkbook(sections), file };
  });

  const runCertificates = guarded(async (report) => {
    const font = await fetchCertificateFont(({ loaded, total }) =>
      report({
        message: total
          ? t('publication.downloads.fontProgress', { loaded: formatSize(loaded), total: formatSize(total) })
          : t('publication.downloads.fontProgressUnknown', { loaded: formatSize(loaded) }),
        progress: total ? { value: loaded, max: total, label: t('publication.downloads.fontLabel') } : undefined,
      }),
    );
    report({ message: t('publication.downloads.drawing') });
    const { certificatesPdf } = await import('../lib/certificates-pdf');
    const bytes = await certificatesPdf(certificates, font, { title: `${title} 获奖证书` });
    const file = resultFileName(title, roundName, t('publication.downloads.fileNames.certificates'), sha, 'pdf');
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }), file };
  });

  const published = publishedAs(computation, data.latest) !== null;
  return (
    <Card title={t('publication.downloads.title')}>
      <div className={styles.stack}>
        <p className={styles.muted}>
          {t('publication.downloads.intro')} {!published && t('publication.downloads.unpublishedNote')}
        </p>
        <ul className={styles.downloads}>
          <DownloadRow
            testId="download-export"
            label={t('publication.downloads.export')}
            hint={t('publication.downloads.exportHint')}
            run={runExport}
          />
          <DownloadRow testId="download-csv" label={t('publication.downloads.csv')} run={runCsv} />
          <DownloadRow testId="download-excel" label={t('publication.downloads.excel')} run={runExcel} />
          <DownloadRow
            testId="download-certificates"
            label={t('publication.downloads.certificates')}
            disabled={certificates.length === 0}
            hint={
              certificates.length === 0
                ? t('publication.downloads.noCertificates')
                : t('publication.downloads.certificatesHint', { count: certificates.length })
            }
            run={runCertificates}
          />
          <DownloadRow
            testId="download-judge-key"
            label={t('publication.downloads.judgeKey')}
            hint={
              <>
                <Badge tone="danger">{t('publication.downloads.confidential')}</Badge>{' '}
                {t('publication.downloads.judgeKeyHint')}
              </>
            }
            run={runJudgeKey}
          />
        </ul>
      </div>
    </Card>
  );
}

/** A refusal already said in words (no export stored, no pseudonyms yet). */
class RefusalError extends Error {}
