// The composition rules of the regulation in force (RULES.md §1): one chair; the vice chairs, how many
// and how many standing (Kiên Giang 2008 Điều 2.1: exactly two, one standing); the standing members,
// how many and from which agencies (Thanh Hóa 2014 Điều 5: four, the heads of Sở TTTT, Sở KH&ĐT,
// Sở Tài chính, Sở GD&ĐT); the secretary (Thư ký), a seat of its own only where the regulation creates
// one (Thanh Hóa 2018 Điều 5: the standing member is the secretary; the other built-in regulations have
// none; issue 10 correction 10). Judged at the date a seat is taken and at every later date on which the
// committee's composition changes while that regulation stays in force (back-dated appointments
// must not make a later date break the rule either).
import type { LocalDate } from '@bcd/calendar';
import type { RegulationSpan, RulePack } from '@bcd/regulation';
import type { MemberRole } from '@bcd/contracts';
import { sameName, type AgencyFacts } from '../facts.js';
import { refuseByRegulation } from '../rules.js';

/** A member holding a role from a date until another (exclusive; null: still). */
export interface RoleSpan {
  memberId: string;
  role: MemberRole;
  agencyId: string;
  from: LocalDate;
  until: LocalDate | null;
}

const VICE_CHAIRS: readonly MemberRole[] = ['standing-vice-chair', 'vice-chair'];

/**
 * Refuses `proposed` (a new seat or a new role) when, with the `others` already in place, the regulation
 * forbids it on any date from its start until it ends or the regulation stops being in force.
 * `agency` is the proposed seat's agency on the start date (Thanh Hóa 2014 names agencies by name).
 */
export function checkComposition(regulation: RegulationSpan, others: readonly RoleSpan[], proposed: RoleSpan, agency: AgencyFacts): void {
  const { pack } = regulation.adoption;
  const composition = pack.composition;

  if (proposed.role === 'standing-member' && composition.standingMembers.kind === 'fixed' && composition.standingMembers.agencies) {
    const listed = composition.standingMembers.agencies;
    if (!listed.some((name) => sameName(name, agency.name))) {
      throw refuseByRegulation(
        pack,
        'composition.standingMembers',
        `${pack.title}: the standing members are the heads of ${listed.join(', ')}; ${agency.name} is not one of them.`,
      );
    }
  }
  if (proposed.role === 'standing-member' && composition.standingMembers.kind === 'none') {
    throw refuseByRegulation(pack, 'composition.standingMembers', `${pack.title} has no standing members (Ủy viên thường trực).`);
  }
  if (proposed.role === 'secretary') checkSecretarySeat(pack);

  const end = earliest(proposed.until, regulation.until);
  const dates = new Set<LocalDate>([proposed.from]);
  for (const span of others) if (span.from > proposed.from && (end === null || span.from < end)) dates.add(span.from);

  for (const date of [...dates].sort()) {
    const seated = [...others, proposed].filter((s) => s.from <= date && (s.until === null || s.until > date));
    const count = (roles: readonly MemberRole[]) => seated.filter((s) => roles.includes(s.role)).length;

    if (proposed.role === 'chair' && count(['chair']) > 1) {
      throw refuseByRegulation(pack, 'composition.chair', `The committee has one chair (Trưởng ban): another member holds the chair on ${date}.`);
    }
    if (VICE_CHAIRS.includes(proposed.role)) {
      const rule = composition.viceChairs;
      const standing = count(['standing-vice-chair']);
      const all = count(VICE_CHAIRS);
      if (standing > rule.standing) {
        throw refuseByRegulation(
          pack,
          'composition.viceChairs',
          rule.standing === 0
            ? `${pack.title} has no standing vice chair (Phó Trưởng ban thường trực).`
            : `${pack.title} allows ${rule.standing} standing vice chair(s); on ${date} there would be ${standing}.`,
        );
      }
      if (rule.count !== null && (all > rule.count || all - standing > rule.count - rule.standing)) {
        throw refuseByRegulation(
          pack,
          'composition.viceChairs',
          `${pack.title} has ${rule.count} vice chairs, ${rule.standing} of them standing; on ${date} there would be ${all - standing} other vice chair(s) and ${standing} standing.`,
        );
      }
    }
    if (proposed.role === 'standing-member' && composition.standingMembers.kind === 'fixed') {
      const rule = composition.standingMembers;
      const standingMembers = seated.filter((s) => s.role === 'standing-member');
      if (rule.count !== null && standingMembers.length > rule.count) {
        throw refuseByRegulation(pack, 'composition.standingMembers', `${pack.title} has ${rule.count} standing member(s); on ${date} there would be ${standingMembers.length}.`);
      }
      if (rule.agencies && standingMembers.some((s) => s !== proposed && s.agencyId === proposed.agencyId)) {
        throw refuseByRegulation(pack, 'composition.standingMembers', `${pack.title} has one standing member per listed agency: ${agency.name} has one on ${date}.`);
      }
    }
  }
}

/** A seat or role of secretary (Thư ký) exists only where the regulation creates one (`separate-seat`). */
function checkSecretarySeat(pack: RulePack): void {
  const rule = pack.composition.secretary;
  if (rule.kind === 'none') throw refuseByRegulation(pack, 'composition.secretary', `${pack.title} has no secretary (Thư ký).`);
  if (rule.kind === 'held-by-standing-member') {
    throw refuseByRegulation(
      pack,
      'composition.secretary',
      `${pack.title}: the standing member is the secretary (${rule.citation.article}): appoint the standing member (Ủy viên Thường trực kiêm thư ký) instead.`,
    );
  }
}

function earliest(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
