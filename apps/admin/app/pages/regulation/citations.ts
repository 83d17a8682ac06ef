// Every rule of a regulation pack with where it is written: the pack is walked and each object carrying a
// `citation` gives one row, named by its path in the pack (`meetings.plenary`), its article, decision and quote.
export type Citation = { article: string; decision: string; signedOn: string | null; quote?: string };
export type CitedRule = { path: string; citation: Citation };

function isCitation(value: unknown): value is Citation {
  return typeof value === 'object' && value !== null && typeof (value as Citation).article === 'string' && typeof (value as Citation).decision === 'string';
}

export function citedRules(pack: unknown): CitedRule[] {
  const rules: CitedRule[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'citation' && isCitation(child)) rules.push({ path: path.join('.'), citation: child });
      else if (key !== 'seeAlso') walk(child, [...path, key]);
    }
  };
  walk(pack, []);
  return rules;
}
