/** A file name without the characters Windows and macOS refuse. */
export const safeFileName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);

/** The first 8 hex digits of a SHA-256: enough to tell two computations apart at a glance. */
export const shortHash = (sha256: string): string => sha256.slice(0, 8);

/** e.g. `西宁首届大赛 初评 judging-export 3fa2c1d0.json`. */
export function exportFileName(competitionTitle: string, roundName: string, sha256: string): string {
  return `${safeFileName(`${competitionTitle} ${roundName} judging-export ${shortHash(sha256)}`)}.json`;
}

/** A download of the results of a round: `<title> <round> <what> <short hash>.<ext>`. */
export function resultFileName(
  competitionTitle: string,
  roundName: string,
  what: string,
  sha256: string,
  extension: string,
): string {
  return `${safeFileName(`${competitionTitle} ${roundName} ${what} ${shortHash(sha256)}`)}.${extension}`;
}
