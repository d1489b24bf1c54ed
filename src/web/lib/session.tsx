// Who is logged in. The session itself is an HttpOnly cookie; the page only keeps the user and
// the CSRF token the server hands out, and asks /api/auth/me on load.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { FINANCE_ROLES, mayWriteProposal } from '../../core/process/roles.ts';
import type { ReactNode } from 'react';
import { api } from '../api/endpoints.ts';
import { resetMasterData } from './master-data.ts';
import { setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';
import type { Role, User } from '../api/types.ts';

export interface SessionState {
  user: User | null;
  /** True until the first /api/auth/me answered. */
  checking: boolean;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    let live = true;
    api
      .me()
      .then((s) => {
        if (!live) return;
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch(() => {
        if (live) setUser(null);
      })
      .finally(() => {
        if (live) setChecking(false);
      });
    return () => {
      live = false;
      setUnauthenticatedHandler(null);
    };
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const s = await api.login(email, password);
    setCsrfToken(s.csrfToken);
    // Another user may belong to another organisation, with other master data.
    resetMasterData();
    setUser(s.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      resetMasterData();
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, checking, login, logout }), [user, checking, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** What a role may do in the UI. The server decides; this only hides buttons that would get 403. */
/** What a role may do: core's rules (src/core/process/roles.ts), asked by the pages. */
export const can = {
  import: (r: Role) => FINANCE_ROLES.includes(r),
  runRound: (r: Role) => FINANCE_ROLES.includes(r),
  createProposal: (r: Role) => r !== 'laeser',
  administer: (r: Role) => r === 'admin',
  edit: (u: User, administration: string | null) => mayWriteProposal(u, administration),
};
