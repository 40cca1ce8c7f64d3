import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RESULTS_FORMAT } from '@/domain/results';
import { loadOrganizerStrings } from '@/i18n/organizer-strings';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { publishResults } from '../api/publish-results';
import type { StoredComputation } from '../api/stored-computation';
import type { VersionRow } from '../api/versions';
import type { PublishData } from '../hooks/use-publish-data';
import { PublishForm } from './publish-form';

vi.mock('../api/publish-results', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  publishResults: vi.fn(),
}));

const computation = (over: Partial<StoredComputation> = {}): StoredComputation => ({
  roundId: 'review',
  computedAt: 1_700_000_000_000,
  computedBy: 'org',
  results: { format: RESULTS_FORMAT, competitionId: 'xining-2025', groups: [], unranked: [] },
  exportSha256: 'a'.repeat(64),
  exportPath: 'competitions/xining-2025/exports/a.json',
  pendingSheets: 0,
  sheets: 10,
  confidence: { samples: 2000, seed: 1 },
  ...over,
});

/** Version 1 froze this very computation, without the award confidence. */
const version1 = {
  id: 'v1',
  version: 1,
  roundId: 'review',
  computedAt: 1_700_000_000_000,
  exportSha256: 'a'.repeat(64),
  publishedAt: 1_700_000_100_000,
  noticeUntil: null,
  reason: null,
  tiers: [],
  publishedBy: 'org',
} as unknown as VersionRow;

function renderForm(data: Partial<PublishData>) {
  const full = { computation: computation(), latest: null, facts: {} as PublishData['facts'], ...data };
  return renderWithRouter(
    <PublishForm competition={demoCompetition()} roundId="review" data={full} outcome={null} onOutcome={vi.fn()} />,
  );
}

describe('PublishForm: award confidence', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    await loadOrganizerStrings();
    vi.mocked(publishResults).mockReset();
    vi.mocked(publishResults).mockResolvedValue({ versionId: 'v2', version: 2, created: true });
  });

  it('is off by default; ticking it on an already published computation makes a correction that needs a reason', async () => {
    const { user } = renderForm({ latest: version1 });
    const box = screen.getByLabelText('在公示页显示获奖稳定性（奖项置信度）');
    expect(box).not.toBeChecked();
    expect(screen.getByText('这次计算已发布为第 1 版。')).toBeInTheDocument();
    expect(screen.queryByLabelText('更正原因')).toBeNull();

    await user.click(box);
    expect(screen.getByText(/再次发布即为更正/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发布…' }));
    expect(await screen.findByText('这是更正版本，请说明更正的原因。')).toBeInTheDocument();

    await user.type(screen.getByLabelText('更正原因'), '公布奖项稳定性');
    await user.click(screen.getByRole('button', { name: '发布…' }));
    const dialog = await screen.findByTestId('publish-confirm');
    expect(within(dialog).getByText('发布第 2 版？')).toBeInTheDocument();
    expect(within(dialog).getByText('公示页将显示每个获奖项目的奖项稳定性和名次范围。')).toBeInTheDocument();
    await user.click(within(dialog).getByText('确认发布'));
    expect(publishResults).toHaveBeenCalledWith({
      competitionId: 'xining-2025',
      roundId: 'review',
      noticeDays: 5,
      reason: '公布奖项稳定性',
      showConfidence: true,
    });
  });

  it('cannot be ticked for a computation stored without it, and says to compute again', async () => {
    const { user } = renderForm({ computation: computation({ confidence: null }) });
    expect(screen.getByLabelText('在公示页显示获奖稳定性（奖项置信度）')).toBeDisabled();
    expect(screen.getByText(/重新计算后才能显示/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发布…' }));
    const dialog = await screen.findByTestId('publish-confirm');
    expect(within(dialog).getByText('公示页不显示奖项稳定性。')).toBeInTheDocument();
    await user.click(within(dialog).getByText('确认发布'));
    expect(publishResults).toHaveBeenCalledWith(expect.objectContaining({ showConfidence: false }));
  });
});
