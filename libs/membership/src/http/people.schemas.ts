// Requests of the people routes (zod: validation, OpenAPI and types from one source). Messages never echo
// values: a refused body holding a name leaves no trace of it.
import { z } from 'zod';
import { id, text } from '@bcd/service-host';

export const PersonBody = z
  .strictObject({
    fullName: text(200),
    email: z.email({ error: 'must be an e-mail address' }).max(254).nullable().optional(),
    phone: z
      .string({ error: 'must be a phone number' })
      .regex(/^\+?[0-9 .()-]{6,24}$/, { error: 'must be a phone number: digits, spaces, + . ( ) -' })
      .nullable()
      .optional(),
  })
  .transform(({ fullName, email, phone }) => ({ fullName, email: email ?? null, phone: phone ?? null }));
export const ErasePersonBody = z.strictObject({ requestReference: text(100).meta({ example: 'YC-2025-017' }) });
/** The login account (identity's user id) the person acts as; null unlinks them. */
export const PersonAccountBody = z.strictObject({
  userId: id.nullable().meta({ description: 'the user id of the login account; null: none' }),
});
