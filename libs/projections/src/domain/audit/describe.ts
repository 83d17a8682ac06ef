// One event → its audit sentence (a template with tokens) and the text free-text search reads. Every context's events
// are read through their published contracts (libs/contracts), never their code: the data is validated by the
// contract's schema first. An unknown type, or data its contract does not accept, gets a generic sentence naming the
// type. Pure: no I/O, no clock.
import { BUDGET_EVENT_DATA, KPIS_EVENT_DATA, MEETINGS_EVENT_DATA, MEMBERSHIP_EVENT_DATA, PROGRAMME_EVENT_DATA, REPORTING_CONSOLIDATED_EVENT_DATA, REPORTING_EVENT_DATA } from '@bcd/contracts';
import { budgetSentences } from './budget.sentences.js';
import { kpisSentences } from './kpis.sentences.js';
import { meetingsSentences } from './meetings.sentences.js';
import { membershipSentences } from './membership.sentences.js';
import { RULEBOOK_EVENT_DATA, rulebookSentences, TENANCY_EVENT_DATA, tenancySentences } from './platform.sentences.js';
import { programmeSentences } from './programme.sentences.js';
import { reportingSentences, consolidatedReportSentences } from './reporting.sentences.js';
import { searchTextOf, type DataSchemas, type Part, type Sentences } from './sentence.js';

export interface AuditDescription {
  parts: Part[];
  /** Normalised fixed words and the type (sentence.ts `normalise`): what `q` searches. */
  searchText: string;
  /** `described`: by its contract; `unknown-type`: no contract names it; `invalid-data`: its contract refuses the data. */
  outcome: 'described' | 'unknown-type' | 'invalid-data';
}

interface Describer {
  schema: DataSchemas[string];
  sentence: (data: unknown) => Part[];
}

const describers = new Map<string, Describer>();

function register<Schemas extends DataSchemas>(namespace: string, schemas: Schemas, sentences: Sentences<Schemas>): void {
  for (const type of Object.keys(schemas)) {
    describers.set(`${namespace}.${type}`, { schema: schemas[type], sentence: sentences[type] as (data: unknown) => Part[] });
  }
}

register('membership', MEMBERSHIP_EVENT_DATA, membershipSentences);
register('meetings', MEETINGS_EVENT_DATA, meetingsSentences);
register('reporting', REPORTING_EVENT_DATA, reportingSentences);
register('reporting', REPORTING_CONSOLIDATED_EVENT_DATA, consolidatedReportSentences);
register('budget', BUDGET_EVENT_DATA, budgetSentences);
register('programme', PROGRAMME_EVENT_DATA, programmeSentences);
register('kpis', KPIS_EVENT_DATA, kpisSentences);
register('rulebook', RULEBOOK_EVENT_DATA, rulebookSentences);
register('tenancy', TENANCY_EVENT_DATA, tenancySentences);

/** The event types described by their contract (as stored, namespaced). */
export function describedTypes(): string[] {
  return [...describers.keys()];
}

export function describeEvent(type: string, data: unknown): AuditDescription {
  const describer = describers.get(type);
  if (!describer) return generic(type, [`Sự kiện ${type} được ghi nhận.`], 'unknown-type');
  const parsed = describer.schema.safeParse(data);
  if (!parsed.success) return generic(type, [`Sự kiện ${type} được ghi nhận (dữ liệu không khớp với hợp đồng đã công bố).`], 'invalid-data');
  const parts = describer.sentence(parsed.data);
  return { parts, searchText: searchTextOf(type, parts), outcome: 'described' };
}

function generic(type: string, parts: Part[], outcome: AuditDescription['outcome']): AuditDescription {
  return { parts, searchText: searchTextOf(type, parts), outcome };
}

/** The seat a membership event creates (member id → the person holding it), so that tokens naming a member render as that person. */
export function seatOf(type: string, data: unknown): { memberId: string; personId: string } | null {
  if (type !== 'membership.MemberAppointed') return null;
  const parsed = MEMBERSHIP_EVENT_DATA.MemberAppointed.safeParse(data);
  return parsed.success ? { memberId: parsed.data.memberId, personId: parsed.data.personId } : null;
}
