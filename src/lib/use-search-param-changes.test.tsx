import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchParamChanges } from './use-search-param-changes';

/** Two changes in one handler: the second is made before any render shows the first. */
function TwoChanges() {
  const [params, change] = useSearchParamChanges();
  return (
    <>
      <output>{params.toString()}</output>
      <button
        onClick={() => {
          change({ track: null, page: null });
          change({ q: '湟水' });
        }}
      >
        both
      </button>
      <button onClick={() => change({ q: 'solar' })}>one</button>
    </>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>home</p> },
      { path: '/list', element: <TwoChanges /> },
    ],
    { initialEntries: ['/', path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useSearchParamChanges', () => {
  it('keeps a change made before the router has shown the previous one', async () => {
    const router = renderAt('/list?track=team&page=2&round=review');
    await act(async () => fireEvent.click(screen.getByText('both')));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('track')).toBeNull();
    expect(params.get('page')).toBeNull();
    expect(params.get('q')).toBe('湟水');
    expect(params.get('round')).toBe('review');
    expect(screen.getByRole('status').textContent).toBe(params.toString());
  });

  it('starts from the address once the router has shown the last change', async () => {
    const router = renderAt('/list?track=team');
    await act(async () => fireEvent.click(screen.getByText('both')));
    await act(async () => fireEvent.click(screen.getByText('one')));
    expect(router.state.location.search).toBe('?q=solar');
  });

  it('replaces the history entry, so Back leaves the list', async () => {
    const router = renderAt('/list?track=team');
    await act(async () => fireEvent.click(screen.getByText('one')));
    await act(async () => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/');
  });
});
