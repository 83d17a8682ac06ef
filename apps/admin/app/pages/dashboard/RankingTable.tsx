// The provinces ranked by the mean of their headline rates (platform roles only): click one to see its KPIs.
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { formatPercent, type Language } from '../../lib/format';
import { kpiStatus } from './kpi-status';
import { StatusTag } from './KpiCard';

export function RankingTable({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const ranking = useQuery({ queryKey: ['ranking', period], queryFn: () => ok(api.GET('/api/kpis/ranking', { params: { query: { period } } })) });
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => ok(api.GET('/api/tenants')) });
  const nameOf = (code: string) => tenants.data?.find((tenant) => tenant.code === code)?.name ?? code;
  const headlineIds = ranking.data?.ranking[0]?.headline.map((entry) => entry.id) ?? [];
  return (
    <section aria-labelledby="ranking-title" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="ranking-title" style={{ fontSize: 18 }}>
        {t('kpi.ranking')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="tenant"
        loading={ranking.isPending}
        dataSource={ranking.data?.ranking ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('kpi.rank'), dataIndex: 'rank', width: 60 },
          {
            title: t('kpi.province'),
            dataIndex: 'tenant',
            render: (code: string) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => void navigate(`/t/${code}/dashboard?period=${period}`)}>
                {nameOf(code)}
              </Button>
            ),
          },
          {
            title: t('kpi.score'),
            dataIndex: 'score',
            render: (score: string | null) => (
              <>
                {formatPercent(score, language)} <StatusTag status={kpiStatus(score, null)} />
              </>
            ),
          },
          ...headlineIds.map((id, index) => ({
            title: t(`kpi.short.${id}`, { defaultValue: id }),
            key: id,
            render: (_: unknown, row: { headline: { value: string | null }[] }) => formatPercent(row.headline[index]?.value ?? null, language),
          })),
        ]}
      />
    </section>
  );
}
