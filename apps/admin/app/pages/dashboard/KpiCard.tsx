// One KPI: its value for the period, red/amber/green against its target, its trend over the last periods.
import { Button, Card, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { EChart, type ChartOption } from '../../components/EChart';
import { formatInteger, formatPercent, formatVnd, type Language } from '../../lib/format';
import { STATUS_COLOURS } from '../../theme';
import { DEFAULT_TARGET, kpiStatus, type KpiStatus } from './kpi-status';
import { periodName } from './periods';

export type Kpi = Answer<'getTenantKpis'>['kpis'][number];
/** A KPI's value in each period of the trend, oldest first (undefined: not loaded yet). */
export type Trend = { period: string; value: string | null | undefined }[];

export function StatusTag({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  const colours = STATUS_COLOURS[status];
  return (
    <Tag style={{ color: colours.text, background: colours.background, borderColor: colours.border }} data-status={status}>
      {t(`kpi.status.${status}`)}
    </Tag>
  );
}

export function trendOption(trend: Trend, target: string | null, language: Language, compact: boolean): ChartOption {
  return {
    animation: false,
    grid: compact ? { left: 4, right: 4, top: 8, bottom: 4 } : { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: compact ? undefined : { trigger: 'axis' },
    xAxis: { type: 'category', data: trend.map((point) => periodName(point.period, language)), show: !compact },
    yAxis: { type: 'value', min: 0, max: 100, show: !compact, axisLabel: { formatter: '{value} %' } },
    series: [
      {
        type: 'line',
        data: trend.map((point) => (point.value == null ? null : Number(point.value))),
        connectNulls: false,
        symbolSize: compact ? 4 : 8,
        lineStyle: { color: '#0b57c5' },
        itemStyle: { color: '#0b57c5' },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#ad4e00', type: 'dashed' }, label: { show: !compact }, data: [{ yAxis: Number(target ?? DEFAULT_TARGET) }] },
      },
    ],
  };
}

/** A KPI's counts: whole đồng for budget execution, numbers otherwise. */
export function formatCount(kpi: Kpi, count: string, language: Language): string {
  return kpi.id === 'kpi-07-budget' ? formatVnd(count, language) : formatInteger(count, language);
}

/** What the chart shows, in words (its accessible name). */
export function trendText(trend: Trend, language: Language): string {
  return trend.map((point) => `${periodName(point.period, language)}: ${point.value === undefined ? '…' : formatPercent(point.value ?? null, language)}`).join('; ');
}

export function KpiCard({ kpi, trend, onOpen }: { kpi: Kpi; trend: Trend; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const status = kpiStatus(kpi.value, kpi.target);
  const option = useMemo(() => trendOption(trend, kpi.target, language, true), [trend, kpi.target, language]);
  return (
    <Card size="small" data-kpi={kpi.id}>
      <Typography.Title level={3} style={{ fontSize: 14, minHeight: 44, margin: 0 }}>
        {kpi.name}
      </Typography.Title>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, margin: '8px 0' }}>
        <span style={{ fontSize: 24, fontWeight: 600 }}>{formatPercent(kpi.value, language)}</span>
        <StatusTag status={status} />
      </div>
      <Typography.Text type="secondary">
        {t('kpi.counts', { numerator: formatCount(kpi, kpi.numerator, language), denominator: formatCount(kpi, kpi.denominator, language) })}
        {' · '}
        {t('kpi.target', { target: formatPercent(kpi.target ?? DEFAULT_TARGET, language) })}
        {kpi.target === null && ` (${t('kpi.defaultTarget')})`}
      </Typography.Text>
      <EChart option={option} height={56} label={t('kpi.trendOf', { name: kpi.name, trend: trendText(trend, language) })} />
      <Button size="small" onClick={onOpen} aria-label={t('kpi.openNamed', { name: kpi.name })}>
        {t('kpi.open')}
      </Button>
    </Card>
  );
}
