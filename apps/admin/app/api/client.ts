// The typed API client: openapi-fetch over the types generated from the platform's OpenAPI document
// (app/generated/, see scripts/generate-api.mjs). Same origin: the platform serves this app and the API.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/platform-api';
import { toApiProblem } from '../lib/problem';

let accessToken: string | null = null;
let signedOut: () => void = () => undefined;

/** The bearer token every call sends (set on login, cleared on logout). */
export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** What to do when the platform says the token is no longer good (expired, user disabled): sign out. */
export function onSignedOut(handler: () => void): void {
  signedOut = handler;
}

export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && accessToken) signedOut();
    return response;
  },
});

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of a call, or its problem document thrown as an ApiProblem (a network failure too). */
export async function ok<T>(call: Promise<Answer<T>>): Promise<NonNullable<T>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (error) {
    throw toApiProblem(error instanceof Error ? error.message : String(error), 0, '');
  }
  if (answer.error !== undefined || !answer.response.ok) {
    throw toApiProblem(answer.error, answer.response.status, new URL(answer.response.url, window.location.origin).pathname);
  }
  return answer.data as NonNullable<T>;
}

/** Downloads a file the API serves only to a signed-in caller (a link cannot carry the bearer token). */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  if (!response.ok) throw toApiProblem(await response.json().catch(() => response.statusText), response.status, path);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A text the API serves to a signed-in caller (the signed checkpoint). */
export async function fetchText(path: string): Promise<string> {
  const response = await fetch(path, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  if (!response.ok) throw toApiProblem(await response.json().catch(() => response.statusText), response.status, path);
  return response.text();
}
