// Given events, when a request, then a status and the new events: an API specification, on the whole
// host (guard, controller, application, decider, store, read models). The given events are appended
// to the store as they would have been recorded, and the read models are waited for; the new events
// are those of the tenant that the request appended.
import type { INestApplicationContext } from '@nestjs/common';
import type { EventStore } from '@bcd/event-store';
import type { NewEvent, RecordedEvent } from '@bcd/kernel';
import { EVENT_STORE } from '../event-store.module.js';
import { ReadModels } from '../read-models/read-models.js';

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** A bearer token. */
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  json(): unknown;
}

type Inject = (request: { method: ApiRequest['method']; url: string; headers: Record<string, string>; payload?: string }) => Promise<ApiResponse>;

export interface GivenStream {
  streamId: string;
  /** Events as stored: namespaced type (`membership.AgencyRegistered`) and data. */
  events: NewEvent[];
}

export interface ApiThen {
  /**
   * The status, and the events the request appended in the tenant, in order, as `{type, data}`
   * (deep equality: use expect.objectContaining for part of the data). Returns the response.
   */
  then(expected: { status: number; events?: { type: string; data?: unknown }[] }): Promise<ApiResponse>;
}

export const ApiSpecification = {
  for(app: INestApplicationContext, inject: Inject) {
    const store = app.get<EventStore>(EVENT_STORE);
    const readModels = app.get(ReadModels);
    return {
      given(tenantId: string, streams: GivenStream[] = []) {
        return {
          when(request: ApiRequest): ApiThen {
            return {
              then: async (expected) => {
                for (const { streamId, events } of streams) {
                  const appended = await store.appendToStream(tenantId, streamId, events, { expectedVersion: 'any' });
                  const last = appended.positions[appended.positions.length - 1];
                  await readModels.waitFor({ transactionId: appended.transactionId, globalPosition: last }, events.map((e) => e.type));
                }
                const before = new Set((await eventsOf(store, tenantId)).map((e) => e.eventId));
                const response = await inject({
                  method: request.method,
                  url: request.url,
                  headers: {
                    ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
                    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
                    ...request.headers,
                  },
                  ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
                });
                const appended = (await eventsOf(store, tenantId)).filter((e) => !before.has(e.eventId));
                expect({ status: response.statusCode, body: response.statusCode === expected.status ? undefined : response.json() }).toEqual({
                  status: expected.status,
                  body: undefined,
                });
                if (expected.events) {
                  expect(appended.map((e) => ({ type: e.type, data: e.data }))).toEqual(
                    expected.events.map((e) => ({ type: e.type, data: e.data === undefined ? expect.anything() : e.data })),
                  );
                }
                return response;
              },
            };
          },
        };
      },
    };
  },
};

async function eventsOf(store: EventStore, tenantId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let page = await store.readAll({ tenantId }); ; page = await store.readAll({ tenantId, after: page.checkpoint })) {
    events.push(...page.events);
    if (page.isEnd) return events;
  }
}
