// Red / amber / green of a KPI against its target. The API gives a target where the province set one; none of the
// seed regulations sets one, and what they require is every meeting held and every report on time, so without a
// target a rate is judged against 100 %. Amber: within 10 points under the target. Rates are compared as exact
// hundredths (the API's decimal strings), never as floats.
export type KpiStatus = 'green' | 'amber' | 'red' | 'none';

export const DEFAULT_TARGET = '100';
const AMBER_BAND = 1000n; // 10 points, in hundredths

function hundredths(percent: string): bigint {
  const [whole, fraction = ''] = percent.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2)) * (whole.startsWith('-') ? -1n : 1n);
}

export function kpiStatus(value: string | null, target: string | null): KpiStatus {
  if (value === null) return 'none';
  const goal = hundredths(target ?? DEFAULT_TARGET);
  const actual = hundredths(value);
  if (actual >= goal) return 'green';
  return actual >= goal - AMBER_BAND ? 'amber' : 'red';
}
