import { LocalDate } from '@bcd/calendar';
import type { Citation } from '../rule-pack.schema.js';

/** A citation maker for one decision: `cite('Điều 10', 'Hàng quý, …')`. */
export function citationsOf(decision: string, signedOn: string | null) {
  const date = signedOn === null ? null : LocalDate.parse(signedOn);
  return (article: string, quote?: string): Citation => ({
    article,
    decision,
    signedOn: date,
    ...(quote === undefined ? {} : { quote }),
  });
}
