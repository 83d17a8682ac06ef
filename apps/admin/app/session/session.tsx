// The signed-in session: the access token (kept for the browser tab in sessionStorage; the platform judges its
// expiry on its own clock and answers 401, which signs out), who the user is (GET /api/auth/me, read live so a revoked role disappears) and the tenant they look at.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, ok, onSignedOut, setAccessToken } from '../api/client';
import type { Answer } from '../api/types';
import { mayCall, type OperationId } from './roles';

const STORAGE_KEY = 'bcd.admin.session';

type Stored = { accessToken: string; expiresAt: string };
export type Me = Answer<'getMe'>;

interface Session {
  signedIn: boolean;
  me: Me | undefined;
  logIn(username: string, password: string): Promise<void>;
  logOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function readStored(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    if (stored && typeof stored.accessToken === 'string') return stored;
  } catch {
    // a damaged entry is no session
  }
  return null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<Stored | null>(() => {
    const found = readStored();
    setAccessToken(found?.accessToken ?? null);
    return found;
  });

  const logOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setAccessToken(null);
    setStored(null);
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => onSignedOut(logOut), [logOut]);

  const logIn = useCallback(async (username: string, password: string) => {
    const answer = await ok(api.POST('/api/auth/login', { body: { username, password } }));
    const next = { accessToken: answer.accessToken, expiresAt: answer.expiresAt };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setAccessToken(next.accessToken);
    setStored(next);
  }, []);

  const me = useQuery({
    queryKey: ['me', stored?.accessToken],
    queryFn: () => ok(api.GET('/api/auth/me')),
    enabled: stored !== null,
    staleTime: 60_000,
  });

  const value = useMemo<Session>(() => ({ signedIn: stored !== null, me: me.data, logIn, logOut }), [stored, me.data, logIn, logOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The tenant of the page (the `:tenant` of its path). */
export function useTenant(): string {
  const { tenant } = useParams();
  if (!tenant) throw new Error('useTenant outside a tenant route');
  return tenant;
}

/** Whether the signed-in user may call an operation in the page's tenant (the API's own role table). */
export function useCan(): (operation: OperationId) => boolean {
  const { me } = useSession();
  const { tenant } = useParams();
  return useCallback((operation: OperationId) => (me ? mayCall(me.roles, tenant, operation) : false), [me, tenant]);
}
