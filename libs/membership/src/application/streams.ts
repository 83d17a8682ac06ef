import { namespacedCodec } from '@bcd/kernel';
import type { AgencyEvent } from '../domain/agencies.js';
import type { CommitteeEvent } from '../domain/committee.js';
import type { PersonEvent } from '../domain/person.js';
import type { WorkingGroupEvent } from '../domain/working-group.js';

/** Streams of the membership context; events are stored as `membership.<Type>` under the tenant (province). */
export const streamIds = {
  /** One register per tenant: agency codes are unique within the province. */
  agencies: (tenant: string) => `membership-agencies-${tenant}`,
  committee: (tenant: string, committeeId: string) => `membership-committee-${tenant}-${committeeId}`,
  person: (tenant: string, personId: string) => `membership-person-${tenant}-${personId}`,
  /** One working group per committee. */
  workingGroup: (tenant: string, committeeId: string) => `membership-working-group-${tenant}-${committeeId}`,
};

export const agencyCodec = namespacedCodec<AgencyEvent>('membership');
export const committeeCodec = namespacedCodec<CommitteeEvent>('membership');
export const personCodec = namespacedCodec<PersonEvent>('membership');
export const workingGroupCodec = namespacedCodec<WorkingGroupEvent>('membership');
