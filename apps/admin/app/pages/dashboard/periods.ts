// KPI periods as the API names them: a year (`2019`), a half-year (`2019-H1`) or a quarter (`2019-Q3`).
export type Granularity = 'year' | 'half' | 'quarter';

const PARTS: Record<Granularity, number> = { year: 1, half: 2, quarter: 4 };

export function granularityOf(label: string): Granularity {
  return label.includes('-Q') ? 'quarter' : label.includes('-H') ? 'half' : 'year';
}

function parts(label: string): { year: number; part: number } {
  const [year, part] = label.split('-');
  return { year: Number(year), part: part ? Number(part.slice(1)) : 1 };
}

function labelOf(granularity: Granularity, year: number, part: number): string {
  return granularity === 'year' ? String(year) : `${year}-${granularity === 'half' ? 'H' : 'Q'}${part}`;
}

/** The `count` periods ending with `label`, oldest first (the trend of a KPI). */
export function periodsUpTo(label: string, count: number): string[] {
  const granularity = granularityOf(label);
  const { year, part } = parts(label);
  const index = year * PARTS[granularity] + (part - 1);
  return Array.from({ length: count }, (_, i) => {
    const at = index - (count - 1 - i);
    return labelOf(granularity, Math.floor(at / PARTS[granularity]), (at % PARTS[granularity]) + 1);
  });
}

/** The period of a granularity that holds a date (YYYY-MM-DD). */
export function periodHolding(date: string, granularity: Granularity): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return labelOf(granularity, year, Math.floor((month - 1) / (12 / PARTS[granularity])) + 1);
}

/** Its words: `Quý 3/2019`, `6 tháng đầu năm 2019`, `Năm 2019` (or English). */
export function periodName(label: string, language: 'vi' | 'en'): string {
  const granularity = granularityOf(label);
  const { year, part } = parts(label);
  if (language === 'en') return granularity === 'year' ? `${year}` : granularity === 'half' ? `H${part} ${year}` : `Q${part} ${year}`;
  return granularity === 'year' ? `Năm ${year}` : granularity === 'half' ? `6 tháng ${part === 1 ? 'đầu' : 'cuối'} năm ${year}` : `Quý ${part}/${year}`;
}
