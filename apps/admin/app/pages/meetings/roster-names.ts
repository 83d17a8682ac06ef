// Members and agencies by id, for pages whose answers name them by id only (a meeting's invitees, its signers).
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';

export type Member = Answer<'getRoster'>['members'][number];

/** Every member of the province's committees on a date, by member id. */
export function useMembersOn(tenant: string, asOf: string | undefined): { members: Map<string, Member>; loading: boolean } {
  const committees = useQuery({
    queryKey: ['committees', tenant, asOf],
    enabled: asOf !== undefined,
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/committees', { params: { path: { tenant }, query: { asOf } } })),
  });
  const rosters = useQueries({
    queries: (committees.data ?? []).map((committee) => ({
      queryKey: ['roster', tenant, committee.committeeId, asOf],
      queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/committees/{committeeId}/roster', { params: { path: { tenant, committeeId: committee.committeeId }, query: { asOf } } })),
    })),
  });
  const members = new Map<string, Member>();
  for (const roster of rosters) for (const member of roster.data?.members ?? []) members.set(member.memberId, member);
  return { members, loading: committees.isPending || rosters.some((roster) => roster.isPending) };
}

/** The province's agencies by id. */
export function useAgencies(tenant: string): Map<string, string> {
  const agencies = useQuery({ queryKey: ['agencies', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/agencies', { params: { path: { tenant } } })) });
  return new Map((agencies.data ?? []).map((agency) => [agency.agencyId, agency.name]));
}
