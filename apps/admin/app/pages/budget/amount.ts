// An amount a person types: whole đồng, its digits plain or grouped by thousands the way they read them
// ("40.000.000", "40,000,000", "40 000 000"), turned into the string of digits the API takes. Never through a
// float, and never guessed: "40,5" (a decimal comma) or "4.00.000" (a broken grouping) is no amount.

const PLAIN = /^\d+$/;
// one separator, used the same way throughout, between groups of exactly three digits
const GROUPED = /^\d{1,3}([.,\s])\d{3}(?:\1\d{3})*$/;

/** The amount as a string of digits (no leading zeros), or null when it is no positive whole number of đồng. */
export function parseDong(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  if (!PLAIN.test(trimmed) && !GROUPED.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return BigInt(digits) > 0n ? digits : null;
}
