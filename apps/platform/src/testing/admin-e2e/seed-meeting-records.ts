// A held meeting for the browser test of the notice and minutes forms, recorded through the HTTP API on top of
// seedThanhHoa: Thanh Hóa's plenary of 16/06/2017 (the 2014 regulation in force: Điều 5.1đ has notices and minutes
// signed only by the standing member who heads Sở Thông tin và Truyền thông), held with every invitee present.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { IdentityClient } from '../identity-client.js';
import { TH } from './seed.js';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export const HELD_ON = '2017-06-16';

export interface HeldMeeting {
  meetingId: string;
  /** full name → member id, on the roster of the meeting's date */
  members: Record<string, string>;
}

export async function seedHeldMeeting(inject: Inject, adminToken: string): Promise<HeldMeeting> {
  const client = new IdentityClient(inject);
  const call = async <T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> => {
    const response = await client.request(adminToken, method, url, body);
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json() as T;
  };
  const membership = `/api/tenants/${TH}/membership`;
  const committees = await call<{ committeeId: string }[]>('GET', `${membership}/committees?asOf=${HELD_ON}`);
  const members: Record<string, string> = {};
  for (const { committeeId } of committees) {
    const roster = await call<{ members: { memberId: string; person: { fullName: string } }[] }>('GET', `${membership}/committees/${committeeId}/roster?asOf=${HELD_ON}`);
    for (const member of roster.members) members[member.person.fullName] = member.memberId;
  }
  const chair = members['Nguyễn Đình Xứng'];
  const meetings = `/api/tenants/${TH}/meetings`;
  const scheduled = await call<{ meetingId: string; version: number; invitees: { memberId: string }[] }>('POST', meetings, {
    kind: 'plenary',
    period: '2017',
    scheduledOn: HELD_ON,
    startsAt: `${HELD_ON}T08:00:00+07:00`,
    place: 'Hội trường UBND tỉnh',
    presidedBy: chair,
    convenedBy: chair,
  });
  await call('POST', `${meetings}/${scheduled.meetingId}/holding`, {
    heldAt: `${HELD_ON}T08:05:00+07:00`,
    endedAt: `${HELD_ON}T11:00:00+07:00`,
    presidedBy: chair,
    attendance: scheduled.invitees.map(({ memberId }) => ({ memberId, attended: 'in-person' })),
  });
  return { meetingId: scheduled.meetingId, members };
}
