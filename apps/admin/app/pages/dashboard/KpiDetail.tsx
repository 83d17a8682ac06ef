// A KPI opened: its rule and citation, the counts and breakdown behind its value, its trend against the target,
// and the facts behind the value — the events its drill-down names, as the audit trail words them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Grid, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { EChart } from '../../components/EChart';
import { formatDateTime, formatPercent, type Language } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { DEFAULT_TARGET, kpiStatus } from './kpi-status';
import { formatCount, StatusTag, trendOption, trendText, type Kpi, type Trend } from './KpiCard';

type AuditEvent = Answer<'searchAuditTrail'>['items'][number];

/** At most this many audit pages (200 events each) are read to find the drill-down's events. */
const MAX_PAGES = 10;

/** The drill-down's events, found in the audit trail up to the period's end (business time), newest first. */
function useFacts(kpi: Kpi, periodEnd: string, enabled: boolean) {
  const tenant = useTenant();
  return useQuery({
    queryKey: ['kpi-facts', tenant, kpi.id, periodEnd, kpi.drillDown.length],
    enabled: enabled && kpi.drillDown.length > 0,
    queryFn: async () => {
      const wanted = new Set(kpi.drillDown);
      const found: AuditEvent[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_PAGES && found.length < wanted.size; page++) {
        const answer = await ok(api.GET('/api/tenants/{tenant}/audit/events', { params: { path: { tenant }, query: { axis: 'business', to: periodEnd, limit: 200, after } } }));
        found.push(...answer.items.filter((event) => wanted.has(event.eventId)));
        if (!answer.next) break;
        after = answer.next;
      }
      return found;
    },
  });
}

export function KpiDetail({ kpi, trend, periodEnd, onClose }: { kpi: Kpi; trend: Trend; periodEnd: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const can = useCan();
  const wide = Grid.useBreakpoint().md ?? true;
  const mayReadAudit = can('searchAuditTrail');
  const facts = useFacts(kpi, periodEnd, mayReadAudit);
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
          size="small"
          rowKey="eventId"
          loading={facts.isFetching}
          dataSource={facts.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
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
