import { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, DeciderSpecification, NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { agencyRegisterDecider } from './agencies.decider.js';
import { agencyFactsOn, agencyNameOn, successorOn, type AgencyEvent } from './agencies.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const d = (value: string) => LocalDate.parse(value);
const spec = DeciderSpecification.for(agencyRegisterDecider);
const stttt = '01950000-0000-7000-8000-00000000a001';
const skhcn = '01950000-0000-7000-8000-00000000a002';
const sgd = '01950000-0000-7000-8000-00000000a003';
const decision = { number: '1500/QĐ-UBND', date: d('2025-02-20') };

const registered = (agencyId: string, code: string, name: string): AgencyEvent => ({
  type: 'AgencyRegistered',
  data: { agencyId, code, name, kind: 'department' },
});
const sttttRegistered = registered(stttt, 'STTTT', 'Sở Thông tin và Truyền thông');
const skhcnRegistered = registered(skhcn, 'SKHCN', 'Sở Khoa học và Công nghệ');
const merged: AgencyEvent = { type: 'AgencyMerged', data: { agencyId: stttt, into: skhcn, effectiveOn: d('2025-03-01'), decision } };

describe('agency register', () => {
  it('registers an agency with a code, a name and a kind', () => {
    spec.given([]).when({ type: 'RegisterAgency', data: { agencyId: stttt, code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' }, metadata: { now } }).then([sttttRegistered]);
  });

  it('does nothing when the same registration arrives again', () => {
    spec.given([sttttRegistered]).when({ type: 'RegisterAgency', data: { agencyId: stttt, code: 'STTTT', name: 'x', kind: 'department' }, metadata: { now } }).thenNothingHappened();
  });

  it('refuses a code already taken in the province, whatever its case', () => {
    spec
      .given([sttttRegistered])
      .when({ type: 'RegisterAgency', data: { agencyId: sgd, code: 'stttt', name: 'Sở khác', kind: 'department' }, metadata: { now } })
      .thenThrowsRule(Rules.agencyCodeUnique);
  });

  describe('RenameAgency', () => {
    const renamed: AgencyEvent = {
      type: 'AgencyRenamed',
      data: { agencyId: skhcn, name: 'Sở Khoa học, Công nghệ và Chuyển đổi số', previousName: 'Sở Khoa học và Công nghệ', effectiveOn: d('2025-03-01'), decision },
    };

    it('renames with an effective date and the deciding act; past dates keep the old name', () => {
      spec
        .given([skhcnRegistered])
        .when({ type: 'RenameAgency', data: { agencyId: skhcn, name: 'Sở Khoa học, Công nghệ và Chuyển đổi số', effectiveOn: d('2025-03-01'), decision }, metadata: { now } })
        .then([renamed]);
      const state = [skhcnRegistered, renamed].reduce(agencyRegisterDecider.evolve, agencyRegisterDecider.initialState());
      expect(agencyNameOn(state.agencies[skhcn], d('2020-01-01'))).toBe('Sở Khoa học và Công nghệ');
      expect(agencyNameOn(state.agencies[skhcn], d('2025-02-28'))).toBe('Sở Khoa học và Công nghệ');
      expect(agencyNameOn(state.agencies[skhcn], d('2025-03-01'))).toBe('Sở Khoa học, Công nghệ và Chuyển đổi số');
      expect(state.agencies[skhcn].revision).toBe(2);
    });

    it('refuses a second name taking effect on the same day', () => {
      spec
        .given([skhcnRegistered, renamed])
        .when({ type: 'RenameAgency', data: { agencyId: skhcn, name: 'Tên khác', effectiveOn: d('2025-03-01'), decision }, metadata: { now } })
        .thenThrowsRule(Rules.agencyNameDate);
    });

    it('refuses a name taking effect after the agency was merged', () => {
      spec
        .given([sttttRegistered, skhcnRegistered, merged])
        .when({ type: 'RenameAgency', data: { agencyId: stttt, name: 'Sở mới', effectiveOn: d('2025-04-01'), decision }, metadata: { now } })
        .thenThrowsRule(Rules.agencyMerged);
    });

    it('refuses a deciding act dated after today', () => {
      spec
        .given([skhcnRegistered])
        .when({
          type: 'RenameAgency',
          data: { agencyId: skhcn, name: 'Sở mới', effectiveOn: d('2025-08-01'), decision: { number: '1/QĐ-UBND', date: d('2025-07-02') } },
          metadata: { now },
        })
        .thenThrowsRule(Rules.decisionInFuture);
    });

    it('refuses a stale If-Match and an unknown agency', () => {
      spec
        .given([skhcnRegistered, renamed])
        .when({ type: 'RenameAgency', data: { agencyId: skhcn, name: 'Sở X', effectiveOn: d('2025-05-01'), decision, expectedRevision: 1 }, metadata: { now } })
        .thenThrows(ConcurrencyConflict);
      spec.given([]).when({ type: 'RenameAgency', data: { agencyId: skhcn, name: 'Sở X', effectiveOn: d('2025-05-01'), decision }, metadata: { now } }).thenThrows(NotFound);
    });
  });

  describe('MergeAgency', () => {
    it('merges the Sở TTTT into the Sở KH&CN from 2025: the past keeps the Sở TTTT, the present follows the merge', () => {
      spec
        .given([sttttRegistered, skhcnRegistered])
        .when({ type: 'MergeAgency', data: { agencyId: stttt, into: skhcn, effectiveOn: d('2025-03-01'), decision }, metadata: { now } })
        .then([merged]);
      const state = [sttttRegistered, skhcnRegistered, merged].reduce(agencyRegisterDecider.evolve, agencyRegisterDecider.initialState());
      expect(successorOn(state, stttt, d('2024-12-31'))).toBe(stttt);
      expect(successorOn(state, stttt, d('2025-03-01'))).toBe(skhcn);
      expect(agencyFactsOn(state, stttt, d('2025-06-01'))).toEqual({ agencyId: stttt, name: 'Sở Thông tin và Truyền thông', mergedOn: '2025-03-01', successorId: skhcn });
      expect(() => agencyFactsOn(state, sgd, d('2025-06-01'))).toThrow(NotFound);
    });

    it('does nothing for the same merge again, and refuses a different one', () => {
      spec.given([sttttRegistered, skhcnRegistered, merged]).when({ type: 'MergeAgency', data: { agencyId: stttt, into: skhcn, effectiveOn: d('2025-03-01'), decision }, metadata: { now } }).thenNothingHappened();
      spec
        .given([sttttRegistered, skhcnRegistered, registered(sgd, 'SGD', 'Sở GD&ĐT'), merged])
        .when({ type: 'MergeAgency', data: { agencyId: stttt, into: sgd, effectiveOn: d('2025-03-01'), decision }, metadata: { now } })
        .thenThrowsRule(Rules.agencyMerged);
    });

    it('refuses merging an agency into itself', () => {
      spec.given([sttttRegistered]).when({ type: 'MergeAgency', data: { agencyId: stttt, into: stttt, effectiveOn: d('2025-03-01'), decision }, metadata: { now } }).thenThrowsRule(Rules.agencyMergeIntoItself);
    });

    it('refuses merging into an agency that was itself merged by then', () => {
      spec
        .given([sttttRegistered, skhcnRegistered, registered(sgd, 'SGD', 'Sở GD&ĐT'), merged])
        .when({ type: 'MergeAgency', data: { agencyId: sgd, into: stttt, effectiveOn: d('2025-04-01'), decision }, metadata: { now } })
        .thenThrowsRule(Rules.agencyMergeTargetActive);
    });

    it('refuses a merge dated before the agency took its last name', () => {
      spec
        .given([
          sttttRegistered,
          skhcnRegistered,
          { type: 'AgencyRenamed', data: { agencyId: stttt, name: 'Sở TTTT mới', previousName: 'Sở Thông tin và Truyền thông', effectiveOn: d('2025-04-01'), decision } },
        ])
        .when({ type: 'MergeAgency', data: { agencyId: stttt, into: skhcn, effectiveOn: d('2025-03-01'), decision }, metadata: { now } })
        .thenThrowsRule(Rules.dateOrder);
    });
  });
});
