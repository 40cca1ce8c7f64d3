// Browser journeys: when a test fails, the log shows what its open pages
// showed (test/e2e/failure-report.ts).
import { beforeEach } from 'vitest';
import { describeOpenPages } from '../e2e/failure-report';

beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    console.log(await describeOpenPages());
  });
});
