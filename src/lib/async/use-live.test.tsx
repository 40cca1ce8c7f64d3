import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READ_AGAIN_EVERY_MS, READ_ONCE_AFTER_MS, useLive } from './use-live';

/** The listener's callbacks, once the hook has subscribed. */
let listener: { next: (v: string, fromServer?: boolean) => void; fail: (e: unknown) => void } | null;
const unsubscribe = vi.fn();
const subscribe = (next: (v: string, fromServer?: boolean) => void, fail: (e: unknown) => void) => {
  listener = { next, fail };
  return unsubscribe;
};
const read = vi.fn<() => Promise<string>>();

/** Moves the clock and lets the reads' promises settle. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
  listener = null;
  read.mockReset();
  // Cleared here: the previous test's hook is unmounted after its afterEach.
  unsubscribe.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useLive', () => {
  it('follows the listener, and reads nothing when it answers in time', async () => {
    const { result } = renderHook(() => useLive('k', subscribe, read));
    expect(result.current).toEqual({ status: 'loading' });
    act(() => listener!.next('from the server'));
    expect(result.current).toEqual({ status: 'live', value: 'from the server' });
    await wait(READ_ONCE_AFTER_MS + READ_AGAIN_EVERY_MS * 3);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the value while the listener is silent, again and again, until the listener answers', async () => {
    read.mockResolvedValueOnce('read 1').mockResolvedValueOnce('read 2');
    const { result } = renderHook(() => useLive('k', subscribe, read));
    await wait(READ_ONCE_AFTER_MS - 1);
    expect(result.current).toEqual({ status: 'loading' });
    await wait(1);
    expect(result.current).toEqual({ status: 'live', value: 'read 1' });
    await wait(READ_AGAIN_EVERY_MS);
    expect(result.current).toEqual({ status: 'live', value: 'read 2' });
    expect(read).toHaveBeenCalledTimes(2);

    act(() => listener!.next('from the server'));
    expect(result.current).toEqual({ status: 'live', value: 'from the server' });
    await wait(READ_AGAIN_EVERY_MS * 3);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('shows a cached value at once, lets a read replace it, and never goes back to the cache', async () => {
    read.mockResolvedValue('read');
    const { result } = renderHook(() => useLive('k', subscribe, read));
    act(() => listener!.next('cached', false));
    expect(result.current).toEqual({ status: 'live', value: 'cached' });
    await wait(READ_ONCE_AFTER_MS);
    expect(result.current).toEqual({ status: 'live', value: 'read' });
    act(() => listener!.next('cached again', false));
    expect(result.current).toEqual({ status: 'live', value: 'read' });
  });

  it('says the read failed when nothing is shown, and keeps a shown value when a later read fails', async () => {
    const error = new Error('unavailable');
    read.mockRejectedValueOnce(error).mockResolvedValueOnce('read').mockRejectedValueOnce(error);
    const { result } = renderHook(() => useLive('k', subscribe, read));
    await wait(READ_ONCE_AFTER_MS);
    expect(result.current).toEqual({ status: 'error', error });
    await wait(READ_AGAIN_EVERY_MS);
    expect(result.current).toEqual({ status: 'live', value: 'read' });
    await wait(READ_AGAIN_EVERY_MS);
    expect(read).toHaveBeenCalledTimes(3);
    expect(result.current).toEqual({ status: 'live', value: 'read' });
  });

  it('stops listening and reading when the page goes, and starts afresh for a new key', async () => {
    read.mockResolvedValue('read');
    const { result, rerender, unmount } = renderHook(({ k }) => useLive(k, subscribe, read), {
      initialProps: { k: 'a' },
    });
    act(() => listener!.next('a’s value'));
    rerender({ k: 'b' });
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual({ status: 'loading' });
    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(2);
    await wait(READ_ONCE_AFTER_MS + READ_AGAIN_EVERY_MS);
    expect(read).not.toHaveBeenCalled();
  });

  it('without a read, waits for the listener alone', async () => {
    const { result } = renderHook(() => useLive('k', subscribe));
    await wait(READ_ONCE_AFTER_MS * 10);
    expect(result.current).toEqual({ status: 'loading' });
  });
});
