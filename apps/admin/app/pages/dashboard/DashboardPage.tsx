// The KPI dashboard of a province: every KPI of RULES.md §6 for the chosen period, each with its trend over the
// last periods and red/amber/green against its target; a KPI opens onto the facts behind its value; platform
// roles also see the ranking across provinces.
import { useQueries } from '@tanstack/react-query';
import { Alert, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInVietnam, type Language } from '../../lib/format';
import { isPlatformUser } from '../../session/roles';
import { useSession, useTenant } from '../../session/session';
import { KpiCard, type Kpi, type Trend } from './KpiCard';
import { KpiDetail } from './KpiDetail';
import { PeriodPicker } from './PeriodPicker';
import { periodName, periodsUpTo } from './periods';
import { RankingTable } from './RankingTable';

const TREND_LENGTH = 6;

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const tenant = useTenant();
  const { me } = useSession();
  const [search, setSearch] = useSearchParams();
  const period = search.get('period') ?? todayInVietnam().slice(0, 4);
  const [openKpi, setOpenKpi] = useState<Kpi['id'] | null>(null);
  const periods = periodsUpTo(period, TREND_LENGTH);
  const answers = useQueries({
    queries: periods.map((label) => ({
      queryKey: ['kpis', tenant, label],
      queryFn: () => ok(api.GET('/api/tenants/{tenant}/kpis', { params: { path: { tenant }, query: { period: label } } })),
    })),
  });
  const current = answers[answers.length - 1];
  const trendOf = (id: Kpi['id']): Trend => periods.map((label, i) => ({ period: label, value: answers[i].data?.kpis.find((kpi) => kpi.id === id)?.value }));
  const selected = current.data?.kpis.find((kpi) => kpi.id === openKpi) ?? null;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('kpi.title', { period: periodName(period, language) })}
      </Typography.Title>
      <PeriodPicker value={period} onChange={(next) => setSearch({ period: next })} />
      {current.error && <ProblemAlert error={current.error} />}
      {current.isPending && <Spin />}
      {current.data && current.data.kpis.length === 0 && <Alert type="info" title={t('kpi.none')} />}
      {current.data && (
        <div className="bcd-kpi-grid">
          {current.data.kpis.map((kpi) => (
            <KpiCard key={kpi.id} kpi={kpi} trend={trendOf(kpi.id)} onOpen={() => setOpenKpi(kpi.id)} />
          ))}
        </div>
      )}
      {me && isPlatformUser(me.roles) && <RankingTable period={period} />}
      {selected && current.data && <KpiDetail kpi={selected} trend={trendOf(selected.id)} onClose={() => setOpenKpi(null)} />}
    </>
  );
}
