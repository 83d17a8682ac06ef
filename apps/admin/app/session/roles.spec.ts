import { isPlatformUser, mayCall, rolesIn } from './roles';

describe('what the signed-in user may do, from the API role table', () => {
  const viewer = [{ role: 'viewer', tenant: 'thanh-hoa' }];
  const secretariat = [{ role: 'secretariat', tenant: 'thanh-hoa' }];
  const platformAuditor = [{ role: 'platform_auditor' }];

  it('lets a viewer read KPIs and change nothing', () => {
    expect(mayCall(viewer, 'thanh-hoa', 'getTenantKpis')).toBe(true);
    expect(mayCall(viewer, 'thanh-hoa', 'scheduleMeeting')).toBe(false);
    expect(mayCall(viewer, 'thanh-hoa', 'searchAuditTrail')).toBe(false);
  });

  it('applies tenant roles in their tenant only, platform roles everywhere', () => {
    expect(mayCall(secretariat, 'thanh-hoa', 'scheduleMeeting')).toBe(true);
    expect(mayCall(secretariat, 'phu-tho', 'scheduleMeeting')).toBe(false);
    expect(mayCall(platformAuditor, 'phu-tho', 'searchAuditTrail')).toBe(true);
    expect(mayCall(platformAuditor, 'phu-tho', 'scheduleMeeting')).toBe(false);
    expect(rolesIn([...secretariat, ...platformAuditor], 'thanh-hoa')).toEqual(['secretariat', 'platform_auditor']);
    expect(isPlatformUser(platformAuditor)).toBe(true);
    expect(isPlatformUser(secretariat)).toBe(false);
  });
});
