// A KPI opened: its rule and citation, the counts and breakdown behind its value, its trend against the target,
// and the facts behind the value — exactly the events its drill-down names (asked of the audit trail by id, a table
// page at a time), as the audit trail words them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Grid, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { EChart } from '../../components/EChart';
import { formatDateTime, formatPercent, type Language } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { DEFAULT_TARGET, kpiStatus } from './kpi-status';
import { KpiTargetForm } from './KpiTargetForm';
import { formatCount, StatusTag, trendOption, trendText, type Kpi, type Trend } from './KpiCard';

type AuditEvent = Answer<'searchAuditTrail'>['items'][number];

/** Facts per table page: each page asks the audit trail for exactly those event ids (at most 200 per request). */
const FACTS_PER_PAGE = 20;

/** One table page of the drill-down's events, asked of the audit trail by their ids, newest first. */
function useFacts(kpi: Kpi, page: number, enabled: boolean) {
  const tenant = useTenant();
  const ids = kpi.drillDown.slice((page - 1) * FACTS_PER_PAGE, page * FACTS_PER_PAGE);
  return useQuery({
    queryKey: ['kpi-facts', tenant, ids],
    enabled: enabled && ids.length > 0,
    queryFn: async (): Promise<AuditEvent[]> => {
      const answer = await ok(api.GET('/api/tenants/{tenant}/audit/events', { params: { path: { tenant }, query: { events: ids.join(','), limit: FACTS_PER_PAGE } } }));
      return answer.items;
    },
  });
}

export function KpiDetail({ kpi, trend, onClose }: { kpi: Kpi; trend: Trend; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const can = useCan();
  const tenant = useTenant();
  const wide = Grid.useBreakpoint().md ?? true;
  const mayReadAudit = can('searchAuditTrail');
  const [factsPage, setFactsPage] = useState(1);
  const facts = useFacts(kpi, factsPage, mayReadAudit);
  const option = useMemo(() => trendOption(trend, kpi.target, language, false), [trend, kpi.target, language]);
  return (
    <Drawer open onClose={onClose} title={kpi.name} size={wide ? 720 : '100%'} destroyOnHidden>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('kpi.value')}>
          {formatPercent(kpi.value, language)} <StatusTag status={kpiStatus(kpi.value, kpi.target)} />
        </Descriptions.Item>
        <Descriptions.Item label={t('kpi.countsLabel')}>
          {formatCount(kpi, kpi.numerator, language)} / {formatCount(kpi, kpi.denominator, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('kpi.targetLabel')}>
          {formatPercent(kpi.target ?? DEFAULT_TARGET, language)}
          {kpi.target === null && ` (${t('kpi.defaultTarget')})`}
        </Descriptions.Item>
        <Descriptions.Item label={t('kpi.rule')}>{kpi.rule}</Descriptions.Item>
        <Descriptions.Item label={t('kpi.citation')}>{kpi.citation}</Descriptions.Item>
      </Descriptions>
      {can('setKpiTarget') && <KpiTargetForm tenant={tenant} kpiId={kpi.id} current={kpi.target} />}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('kpi.trend')}
      </Typography.Title>
      <EChart option={option} height={220} label={t('kpi.trendOf', { name: kpi.name, trend: trendText(trend, language) })} />
      {kpi.breakdown.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('kpi.breakdown')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="label"
            dataSource={kpi.breakdown}
            columns={[
              { title: t('kpi.breakdownLabel'), dataIndex: 'label', render: (label: string) => t(`kpi.bucket.${label}`, { defaultValue: label }) },
              { title: t('kpi.breakdownValue'), dataIndex: 'value', align: 'right' },
            ]}
          />
        </>
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('kpi.facts', { count: kpi.drillDown.length })}
      </Typography.Title>
      {!mayReadAudit ? (
        <Alert type="info" title={t('kpi.factsAuditorsOnly', { count: kpi.drillDown.length })} />
      ) : (
        <Table
          data-testid="kpi-facts"
          size="small"
          rowKey="eventId"
          loading={facts.isFetching}
          dataSource={facts.data ?? []}
          pagination={{ current: factsPage, pageSize: FACTS_PER_PAGE, total: kpi.drillDown.length, hideOnSinglePage: true, showSizeChanger: false, onChange: setFactsPage }}
          scroll={{ x: true }}
          columns={[
            { title: t('audit.occurredAt'), dataIndex: 'occurredAt', render: formatDateTime, width: 140 },
            { title: t('audit.sentence'), dataIndex: 'sentence' },
          ]}
        />
      )}
    </Drawer>
  );
}
