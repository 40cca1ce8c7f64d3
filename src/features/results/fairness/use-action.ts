import { useState } from 'react';
import { toActionError, type ActionErrorKind } from '../api/fairness-actions';

export type ActionState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; message: string }
  | { status: 'error'; kind: ActionErrorKind };

/** One server action at a time, with its progress, its refusal (read by toActionError) or its success message. */
export function useAction() {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const run = async (work: () => Promise<string>) => {
    if (state.status === 'pending') return;
    setState({ status: 'pending' });
    try {
      setState({ status: 'success', message: await work() });
    } catch (error) {
      setState({ status: 'error', kind: toActionError(error) });
    }
  };
  return { state, run };
}
