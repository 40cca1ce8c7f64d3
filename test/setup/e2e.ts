// Browser journeys: when a test fails, the log shows what its open pages
// showed (test/e2e/failure-report.ts). The report is also kept in the file
// E2E_FAILURE_LOG names (scripts/e2e/inside-emulators.mjs prints it again at
// the end of the run, where a log cut to its last lines still shows it).
import { appendFileSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { describeOpenPages } from '../e2e/failure-report';

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    const report = await describeOpenPages();
    console.log(report);
    const file = process.env.E2E_FAILURE_LOG;
    if (file) appendFileSync(file, `\n━━ ${task.file?.name ?? ''} › ${task.name}\n${report}\n`);
  });
});
