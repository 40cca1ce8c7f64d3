import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoreSheet } from '@/domain/model';
import { subscribeToRoundSheets } from '../api/live-sheets';
import { readRoundSheets } from '../api/round-sheets';
import { sheet } from '../testing/fixture';
import { READ_ONCE_AFTER_MS } from '@/lib/async/use-live';
import { useLiveSheets } from './use-live-sheets';

vi.mock('../api/live-sheets', () => ({ subscribeToRoundSheets: vi.fn() }));
vi.mock('../api/round-sheets', () => ({ readRoundSheets: vi.fn() }));

const once = [sheet('e1', 'j1', [5, 5, 5])];
const live = [sheet('e1', 'j1', [5, 5, 5]), sheet('e2', 'j1', [4, 4, 4])];

/** The listener's callbacks, once the hook has subscribed. */
let listener: { onNext: (s: ScoreSheet[]) => void; onError: (e: unknown) => void } | null;
const unsubscribe = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  listener = null;
  vi.mocked(subscribeToRoundSheets).mockImplementation((_cid, _round, onNext, onError) => {
    listener = { onNext, onError };
    return unsubscribe;
  });
  vi.mocked(readRoundSheets).mockResolvedValue(once);
});
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

/** Lets the on-demand import of the listener module and pending promises settle. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));

describe('useLiveSheets', () => {
  it('shows the listener’s sheets, and reads nothing else when it answers in time', async () => {
    const { result } = renderHook(() => useLiveSheets('demo', 'online', 0));
    expect(result.current.status).toBe('loading');
    await settle();
    act(() => listener!.onNext(live));
    expect(result.current).toMatchObject({ status: 'live', sheets: live });
    await act(() => vi.advanceTimersByTimeAsync(READ_ONCE_AFTER_MS * 2));
    expect(readRoundSheets).not.toHaveBeenCalled();
  });

  it('reads the sheets when the listener is silent, then follows the listener', async () => {
    const { result } = renderHook(() => useLiveSheets('demo', 'online', 0));
    await settle();
    await act(() => vi.advanceTimersByTimeAsync(READ_ONCE_AFTER_MS - 1));
    expect(result.current.status).toBe('loading');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(readRoundSheets).toHaveBeenCalledWith('demo', 'online');
    expect(result.current).toMatchObject({ status: 'live', sheets: once });

    act(() => listener!.onNext(live));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current).toMatchObject({ status: 'live', sheets: live });
  });

  it('says the data could not be read when the listener is silent and the read fails', async () => {
    vi.mocked(readRoundSheets).mockRejectedValue(new Error('offline'));
    const { result } = renderHook(() => useLiveSheets('demo', 'online', 0));
    await settle();
    await act(() => vi.advanceTimersByTimeAsync(READ_ONCE_AFTER_MS));
    expect(result.current).toMatchObject({ status: 'error' });
  });

  it('stops listening and reads nothing after the page has gone', async () => {
    const { unmount } = renderHook(() => useLiveSheets('demo', 'online', 0));
    await settle();
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(READ_ONCE_AFTER_MS * 2));
    expect(readRoundSheets).not.toHaveBeenCalled();
  });
});
