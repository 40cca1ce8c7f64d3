// What the organizer's download buttons hand over, and the results CLI run
// on an export, as anyone re-checking published results would run it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

/** Clicks a download button (a row of the publish page's downloads) and returns the file it hands over. */
export async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    page.getByTestId(testId).getByRole('button').click(),
  ]);
  await page
    .getByTestId(testId)
    .getByRole('status')
    .filter({ hasText: /已下载|Downloaded/ })
    .waitFor({ timeout: 60_000 });
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** `npm run --silent results -- <file>` on these export bytes: the results it prints, parsed. */
export async function resultsByCli(exportBytes: Buffer): Promise<unknown> {
  const file = join(mkdtempSync(join(tmpdir(), 'results-cli-')), 'export.json');
  writeFileSync(file, exportBytes);
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'results', '--', file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown;
}
