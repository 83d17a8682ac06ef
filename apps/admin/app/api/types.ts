// Shapes of the API's answers and bodies, by operation id, from the generated types (never written by hand).
import type { operations } from '../generated/platform-api';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON answer of an operation's success (200 or 201). */
export type Answer<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer R } ? Json<R> : operations[Op]['responses'] extends { 201: infer R } ? Json<R> : never;

/** The JSON body an operation takes. */
export type Body<Op extends keyof operations> = operations[Op] extends { requestBody: { content: { 'application/json': infer T } } } ? T : operations[Op] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;
