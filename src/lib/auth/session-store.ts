import { create } from 'zustand';

/** The signed-in user as the UI needs it. Server data never lives here. */
export interface SessionUser {
  uid: string;
  email: string;
  displayName: string;
}

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /**
   * True after the user pressed "sign out": the guard then sends them to the
   * sign-in page without remembering the page they were on (the next person
   * to sign in may not be allowed there).
   */
  signedOutOnPurpose: boolean;
  setUser: (user: SessionUser | null) => void;
  markSigningOut: () => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  status: 'loading',
  user: null,
  signedOutOnPurpose: false,
  setUser: (user) =>
    set((state) =>
      user
        ? { status: 'signed-in', user, signedOutOnPurpose: false }
        : { status: 'signed-out', user: null, signedOutOnPurpose: state.signedOutOnPurpose },
    ),
  markSigningOut: () => set({ signedOutOnPurpose: true }),
}));

export const useSession = () => {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  return { status, user };
};
