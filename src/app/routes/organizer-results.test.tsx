import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCompetitionAccess } from '@/features/competitions/api/competition-access';
import { subscribeToRoundSheets } from '@/features/results/api/live-sheets';
import { loadPreviewBase } from '@/features/results/api/preview-data';
import { fixtureCompetition, fixtureData } from '@/features/results/testing/fixture';
import { serve } from '@/features/results/testing/serve';
import { useSessionStore } from '@/lib/auth/session-store';
import { demoMember, setTestLanguage } from '@/lib/test/render';
import { routes } from '../router';

vi.mock('@/features/competitions/api/competition-access', () => ({
  getCompetitionAccess: vi.fn(),
  getCompetition: vi.fn(),
}));
vi.mock('@/features/results/api/preview-data', () => ({ loadPreviewBase: vi.fn() }));
vi.mock('@/features/results/api/live-sheets', () => ({ subscribeToRoundSheets: vi.fn() }));
vi.mock('@/features/results/api/save-computation', () => ({ saveComputation: vi.fn() }));

const renderAt = (path: string) =>
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);

describe('/c/:cid/organizer/results', () => {
  beforeAll(() => {
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });

  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    useSessionStore.setState({
      status: 'signed-in',
      user: { uid: 'u-1', email: 'organizer@demo.local', displayName: '组织方' },
    });
    serve(fixtureData());
  });

  it('shows the preview to an organizer', async () => {
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'organizer', competitionId: 'demo' }),
      competition: fixtureCompetition(),
    });
    renderAt('/c/demo/organizer/results?round=online');
    // The route also loads the organizers' strings (a module of its own) first.
    expect(await screen.findByTestId('results-preview', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findAllByTestId('result-row')).toHaveLength(5);
    expect(subscribeToRoundSheets).toHaveBeenCalledWith('demo', 'online', expect.any(Function), expect.any(Function));
  });

  it('refuses anyone else, without reading the round', async () => {
    vi.mocked(getCompetitionAccess).mockResolvedValue({
      kind: 'member',
      member: demoMember({ role: 'judge', competitionId: 'demo' }),
      competition: fixtureCompetition(),
    });
    renderAt('/c/demo/organizer/results');
    expect(await screen.findByRole('heading', { name: '无权访问' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId('results-preview')).not.toBeInTheDocument();
    expect(loadPreviewBase).not.toHaveBeenCalled();
    expect(subscribeToRoundSheets).not.toHaveBeenCalled();
  });
});
