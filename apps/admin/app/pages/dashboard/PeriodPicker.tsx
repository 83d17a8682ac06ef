// Which period the KPIs are for: year, half-year or quarter, and which one.
import { Select, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/format';
import { granularityOf, periodHolding, type Granularity } from './periods';

const FIRST_YEAR = 2008; // the oldest seed regulation (Kiên Giang, QĐ 1507/QĐ-UBND 2008)

export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const granularity = granularityOf(value);
  const year = Number(value.slice(0, 4));
  const part = value.length > 4 ? value.slice(5) : '';
  const lastYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);
  const parts = granularity === 'quarter' ? ['Q1', 'Q2', 'Q3', 'Q4'] : granularity === 'half' ? ['H1', 'H2'] : [];
  return (
    <div className="bcd-toolbar" role="group" aria-label={t('kpi.period')}>
      <Segmented<Granularity>
        aria-label={t('kpi.granularity')}
        value={granularity}
        options={[
          { value: 'year', label: t('kpi.byYear') },
          { value: 'half', label: t('kpi.byHalf') },
          { value: 'quarter', label: t('kpi.byQuarter') },
        ]}
        onChange={(next) => onChange(periodHolding(`${year}-${next === 'year' ? '01' : '12'}-01`, next))}
      />
      <Select aria-label={t('kpi.year')} value={year} style={{ width: 100 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y: number) => onChange(part ? `${y}-${part}` : String(y))} />
      {parts.length > 0 && (
        <Select aria-label={t('kpi.part')} value={part} style={{ width: 160 }} options={parts.map((p) => ({ value: p, label: t(`kpi.parts.${p}`) }))} onChange={(p: string) => onChange(`${year}-${p}`)} />
      )}
    </div>
  );
}
