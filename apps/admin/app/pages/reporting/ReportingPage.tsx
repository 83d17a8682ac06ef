// Reporting: the obligations of a year by agency with their due dates (literal and effective) and whether they were
// met on time or are late; a report submitted through the province's template; the reminders of what needs doing.
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Form, Grid, List, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, todayInVietnam } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { useAgencies } from '../meetings/roster-names';
import { SubmitReportForm, type Obligation } from './SubmitReportForm';

export function ReportingPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const can = useCan();
  const wide = Grid.useBreakpoint().md ?? true;
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState<Obligation | null>(null);
  const agencies = useAgencies(tenant);
  const obligations = useQuery({
    queryKey: ['obligations', tenant, year, agencyId],
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/reporting/obligations', { params: { path: { tenant }, query: { from: `${year}-01-01`, to: `${year}-12-31`, agencyId } } })),
  });
  const templates = useQuery({ queryKey: ['templates', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/reporting/templates', { params: { path: { tenant } } })) });
  const reminders = useQuery({ queryKey: ['reminders', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/reporting/reminders', { params: { path: { tenant } } })) });
  /** The template in force for an obligation: the latest version that applies to its report kind by its due date. */
  const fieldsFor = (obligation: Obligation) =>
    (templates.data?.versions ?? [])
      .filter((version) => (version.appliesTo.includes(obligation.report) || version.appliesTo.includes(obligation.cadence ?? '')) && version.effectiveFrom <= obligation.due.dueDate)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]?.fields ?? [];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('reporting.title')}
      </Typography.Title>
      <Form layout="inline" name="reporting-filters" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('kpi.year')}>
          <Select aria-label={t('kpi.year')} value={year} onChange={setYear} style={{ width: 100 }} options={Array.from({ length: thisYear - 2007 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />
        </Form.Item>
        <Form.Item label={t('reporting.agency')}>
          <Select aria-label={t('reporting.agency')} allowClear value={agencyId} onChange={setAgencyId} style={{ minWidth: 240 }} options={[...agencies].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
      {obligations.error && <ProblemAlert error={obligations.error} />}
      <Table
        size="small"
        rowKey="obligationId"
        loading={obligations.isPending}
        dataSource={obligations.data?.obligations ?? []}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        columns={[
          { title: t('reporting.reporter'), key: 'reporter', render: (_: unknown, o: Obligation) => (o.reporter.kind === 'agency' ? (agencies.get(o.reporter.agencyId) ?? '…') : t(`reportingBody.${o.reporter.body}`)) },
          { title: t('reporting.period'), dataIndex: 'period' },
          {
            title: t('reporting.dueDate'),
            key: 'due',
            render: (_: unknown, o: Obligation) => (
              <span title={o.due.wording}>
                {formatDate(o.due.dueDate)}
                {o.due.rolledOver && ` (${t('reporting.literal', { date: formatDate(o.due.literalDueDate) })})`}
              </span>
            ),
          },
          { title: t('reporting.status'), dataIndex: 'status', render: (status: string) => t(`obligationStatus.${status}`) },
          {
            title: t('reporting.timeliness'),
            key: 'timeliness',
            render: (_: unknown, o: Obligation) => (o.timeliness ? (o.timeliness.onTime ? <Tag color="green">{t('reporting.onTime')}</Tag> : <Tag color="red">{t('reporting.late', { days: o.timeliness.daysLate.working })}</Tag>) : o.bucket ? t(`kpi.bucket.${o.bucket}`) : '—'),
          },
          { title: t('regulation.article'), key: 'article', render: (_: unknown, o: Obligation) => o.rule.article },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, o: Obligation) =>
              can('submitReport') && (o.status === 'open' || o.status === 'returned') ? (
                <Button size="small" onClick={() => setSubmitting(o)}>
                  {t('reporting.submit')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('reporting.reminders')}
      </Typography.Title>
      {reminders.error && <ProblemAlert error={reminders.error} />}
      <List size="small" bordered dataSource={reminders.data?.reminders ?? []} locale={{ emptyText: t('reporting.noReminders') }} renderItem={(r) => <List.Item>{`${formatDate(r.dueOn)} — ${t(`reminder.${r.kind}`)}: ${r.text}`}</List.Item>} />
      <Drawer open={submitting !== null} onClose={() => setSubmitting(null)} title={t('reporting.submit')} size={wide ? 520 : '100%'} destroyOnHidden>
        {submitting && <SubmitReportForm tenant={tenant} obligation={submitting} fields={fieldsFor(submitting)} onDone={() => setSubmitting(null)} />}
      </Drawer>
    </>
  );
}
