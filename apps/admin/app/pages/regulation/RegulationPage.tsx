// The regulation (Quy chế) in force on a date, every adoption of the province with when it was in force, and the
// rules of the one in force, each with its article, decision and the words it quotes.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Descriptions, Form, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, todayInVietnam } from '../../lib/format';
import { useTenant } from '../../session/session';
import { citedRules } from './citations';

export function RegulationPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [date, setDate] = useState(todayInVietnam());
  const [filter, setFilter] = useState('');
  const inForce = useQuery({ queryKey: ['regulation-in-force', tenant, date], queryFn: () => ok(api.GET('/api/tenants/{tenant}/regulations/in-force', { params: { path: { tenant }, query: { date } } })), retry: false });
  const adoptions = useQuery({ queryKey: ['regulations', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/regulations', { params: { path: { tenant } } })) });
  const regulation = inForce.data?.regulation;
  const rules = useMemo(() => (regulation ? citedRules(regulation.pack) : []), [regulation]);
  const words = filter.trim().toLowerCase();
  const shown = words ? rules.filter((rule) => `${rule.path} ${rule.citation.article} ${rule.citation.quote ?? ''}`.toLowerCase().includes(words)) : rules;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('regulation.title')}
      </Typography.Title>
      <Form layout="inline" name="regulation-date" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t('regulation.onDate')} htmlFor="regulation-on">
          <DatePicker id="regulation-on" format="DD/MM/YYYY" allowClear={false} value={dayjs(date)} onChange={(value) => value && setDate(value.format('YYYY-MM-DD'))} />
        </Form.Item>
      </Form>
      {inForce.error && <ProblemAlert error={inForce.error} />}
      {regulation && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="regulation-in-force">
          <Descriptions.Item label={t('regulation.titleLabel')}>{regulation.title}</Descriptions.Item>
          <Descriptions.Item label={t('regulation.decision')}>
            {regulation.decisionNumber ?? '—'} ({formatDate(regulation.signedOn)})
          </Descriptions.Item>
          <Descriptions.Item label={t('regulation.inForce')}>
            {formatDate(regulation.inForce.from)} – {regulation.inForce.until ? formatDate(regulation.inForce.until) : t('regulation.stillInForce')}
          </Descriptions.Item>
          <Descriptions.Item label={t('regulation.supersedes')}>{regulation.supersedes ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('regulation.rules', { count: rules.length })}
      </Typography.Title>
      <Input.Search aria-label={t('regulation.filter')} placeholder={t('regulation.filter')} allowClear onChange={(event) => setFilter(event.target.value)} style={{ maxWidth: 360, marginBottom: 8 }} />
      <Table
        size="small"
        rowKey={(rule) => `${rule.path}|${rule.citation.article}`}
        dataSource={shown}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('regulation.rule'), dataIndex: 'path', render: (path: string) => <code>{path || '—'}</code> },
          { title: t('regulation.article'), key: 'article', render: (_: unknown, rule) => rule.citation.article },
          { title: t('regulation.decision'), key: 'decision', render: (_: unknown, rule) => rule.citation.decision },
          { title: t('regulation.quote'), key: 'quote', render: (_: unknown, rule) => rule.citation.quote ?? '' },
        ]}
      />

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('regulation.adoptions')}
      </Typography.Title>
      {adoptions.error && <ProblemAlert error={adoptions.error} />}
      <Table
        size="small"
        rowKey="adoptionId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={adoptions.data ?? []}
        columns={[
          { title: t('regulation.titleLabel'), dataIndex: 'title' },
          { title: t('regulation.decision'), dataIndex: 'decisionNumber' },
          { title: t('regulation.inForce'), key: 'inForce', render: (_: unknown, a) => `${formatDate(a.inForce.from)} – ${a.inForce.until ? formatDate(a.inForce.until) : t('regulation.stillInForce')}` },
          { title: t('regulation.openDecisions'), key: 'open', render: (_: unknown, a) => a.openTenantDecisions.length },
        ]}
      />
    </>
  );
}
