// A province as it was at a moment: the regulation in force, the roster, meetings, obligations, action items and
// budget execution, each a table (GET /api/tenants/:tenant/as-of).
import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { formatDate, formatDateTime, formatPercent, formatVnd, type Language } from '../../lib/format';

type AsOf = Answer<'getTenantAsOf'>;

const H = ({ children }: { children: React.ReactNode }) => (
  <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
    {children}
  </Typography.Title>
);

export function Snapshot({ view }: { view: AsOf }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const bucket = (value: string | null) => (value ? t(`kpi.bucket.${value}`) : '—');
  return (
    <div data-testid="as-of">
      <H>{t('timeTravel.regulation')}</H>
      {view.regulation ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('regulation.titleLabel')}>{view.regulation.title}</Descriptions.Item>
          <Descriptions.Item label={t('regulation.decision')}>
            {view.regulation.decisionNumber ?? '—'} ({formatDate(view.regulation.signedOn)})
          </Descriptions.Item>
          <Descriptions.Item label={t('regulation.inForce')}>
            {formatDate(view.regulation.effectiveFrom)} – {view.regulation.lastDay ? formatDate(view.regulation.lastDay) : t('regulation.stillInForce')}
          </Descriptions.Item>
          <Descriptions.Item label={t('regulation.article')}>{view.regulation.article}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph>{t('timeTravel.noRegulation')}</Typography.Paragraph>
      )}

      <H>{t('timeTravel.roster', { count: view.roster.length })}</H>
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={view.roster}
        data-testid="as-of-roster"
        columns={[
          { title: t('roster.name'), dataIndex: 'fullName', render: (name: string | null) => name ?? t('roster.erased') },
          { title: t('roster.role'), dataIndex: 'role', render: (role: string) => t(`role.${role}`) },
          { title: t('roster.agency'), dataIndex: 'agency' },
          { title: t('roster.committee'), dataIndex: 'committee' },
          { title: t('roster.since'), dataIndex: 'since', render: formatDate },
          { title: t('roster.decision'), dataIndex: 'decision', render: (d: { number: string; date: string } | null) => (d ? `${d.number} (${formatDate(d.date)})` : '—') },
        ]}
      />

      <H>{t('timeTravel.meetings', { count: view.meetings.length })}</H>
      <Table
        size="small"
        rowKey="meetingId"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={view.meetings}
        columns={[
          { title: t('meetings.kind'), dataIndex: 'kind', render: (kind: string) => t(`meetingKind.${kind}`) },
          { title: t('meetings.scheduledOn'), dataIndex: 'scheduledOn', render: formatDate },
          { title: t('meetings.status'), dataIndex: 'status', render: (status: string) => <Tag>{t(`meetingStatus.${status}`)}</Tag> },
          { title: t('meetings.heldAt'), dataIndex: 'heldAt', render: formatDateTime },
          { title: t('meetings.documents'), dataIndex: 'documents', render: (docs: unknown[]) => docs.length },
          { title: t('regulation.article'), dataIndex: 'article' },
        ]}
      />

      <H>{t('timeTravel.obligations', { count: view.obligations.items.length, rate: formatPercent(view.obligations.completionRate?.rate ?? null, language) })}</H>
      <Table
        size="small"
        rowKey="obligationId"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={view.obligations.items}
        columns={[
          { title: t('reporting.reporter'), dataIndex: 'reporterName' },
          { title: t('reporting.period'), dataIndex: 'period' },
          { title: t('reporting.dueDate'), dataIndex: 'dueDate', render: formatDate },
          { title: t('reporting.status'), dataIndex: 'status', render: (status: string) => t(`obligationStatus.${status}`) },
          { title: t('reporting.bucket'), dataIndex: 'bucket', render: bucket },
        ]}
      />

      <H>{t('timeTravel.actionItems', { count: view.actionItems.items.length, rate: formatPercent(view.actionItems.completionRate?.rate ?? null, language) })}</H>
      <Table
        size="small"
        rowKey="itemId"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={view.actionItems.items}
        columns={[
          { title: t('meetings.actionItem'), dataIndex: 'description' },
          { title: t('meetings.owner'), dataIndex: 'owner' },
          { title: t('meetings.dueOn'), dataIndex: 'dueOn', render: formatDate },
          { title: t('reporting.bucket'), dataIndex: 'bucket', render: bucket },
        ]}
      />

      <H>{t('timeTravel.budgets')}</H>
      {view.budgets.map((budget) => (
        <Table
          key={budget.budgetId}
          size="small"
          rowKey="lineId"
          pagination={false}
          scroll={{ x: true }}
          title={() => `${t('budget.fiscalYear', { year: budget.fiscalYear })} — ${budget.holder ?? ''} — ${t(`budgetStage.${budget.stage}`)}`}
          dataSource={budget.lines}
          columns={[
            { title: t('budget.line'), dataIndex: 'title' },
            { title: t('budget.appropriated'), dataIndex: 'appropriated', align: 'right', render: (v: string) => formatVnd(v, language) },
            { title: t('budget.spent'), dataIndex: 'spent', align: 'right', render: (v: string) => formatVnd(v, language) },
            { title: t('budget.remaining'), dataIndex: 'remaining', align: 'right', render: (v: string) => formatVnd(v, language) },
            { title: t('budget.rate'), dataIndex: 'rate', align: 'right', render: (v: string | null) => formatPercent(v, language) },
          ]}
        />
      ))}
    </div>
  );
}
