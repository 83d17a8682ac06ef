// The KPI context's own events in Vietnamese (data as KPIS_EVENT_DATA of @bcd/contracts validates it): the targets a
// province sets for its KPIs.
import type { KPIS_EVENT_DATA } from '@bcd/contracts';
import { DEFINITIONS } from '../kpis/catalogue.js';
import { date, quote, sentence, type Sentences } from './sentence.js';

const nameOf = (kpiId: string) => DEFINITIONS.find((d) => d.id === kpiId)?.name ?? kpiId;

export const kpisSentences: Sentences<typeof KPIS_EVENT_DATA> = {
  KpiTargetSet: (t) =>
    t.target === null
      ? sentence`Bỏ mục tiêu của chỉ số ${quote(nameOf(t.kpiId))} từ ngày ${date(t.effectiveFrom)} (đánh giá lại theo mức 100 %).`
      : sentence`Đặt mục tiêu ${t.target.replace('.', ',')} % cho chỉ số ${quote(nameOf(t.kpiId))} từ ngày ${date(t.effectiveFrom)}.`,
};
