// The audit trail of a province: every event as a Vietnamese sentence, filtered by text, type, actor and either
// time axis, a page at a time (keyset); the chain-verified badge; the bundle export an auditor verifies offline.
import { DownloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Segmented, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { useTenant } from '../../session/session';
import { ChainBadge } from './ChainBadge';

type Filters = { q?: string; type?: string; actor?: string; axis: 'business' | 'recorded'; range?: [Dayjs | null, Dayjs | null] | null };

export function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tenant = useTenant();
  const [filters, setFilters] = useState<Filters>({ axis: 'recorded' });
  const query = {
    q: filters.q || undefined,
    type: filters.type || undefined,
    actor: filters.actor || undefined,
    axis: filters.axis,
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['audit', tenant, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => ok(api.GET('/api/tenants/{tenant}/audit/events', { params: { path: { tenant }, query: { ...query, after: pageParam } } })),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const events = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('audit.title')}
      </Typography.Title>
      <ChainBadge tenant={tenant} />
      <Form<Filters> layout="inline" name="audit-filters" initialValues={filters} onFinish={setFilters} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item name="q" label={t('audit.search')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="type" label={t('audit.type')}>
          <Input allowClear placeholder="membership" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="axis" label={t('audit.axis')}>
          <Segmented options={[{ value: 'recorded', label: t('axis.recorded') }, { value: 'business', label: t('axis.business') }]} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('audit.filter')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => download(`/api/tenants/${encodeURIComponent(tenant)}/audit/log/bundle`, `${tenant}-audit-bundle.ndjson`).catch((error) => message.error(String(error)))}
        >
          {t('audit.export')}
        </Button>
      </Form>
      {pages.error && <ProblemAlert error={pages.error} />}
      <Table
        size="small"
        rowKey="eventId"
        loading={pages.isPending}
        dataSource={events}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('audit.position'), dataIndex: 'position', width: 70 },
          { title: t('audit.occurredAt'), dataIndex: 'occurredAt', render: formatDateTime, width: 130 },
          { title: t('audit.recordedAt'), dataIndex: 'recordedAt', render: formatDateTime, width: 130 },
          { title: t('audit.sentence'), dataIndex: 'sentence' },
          { title: t('audit.type'), dataIndex: 'type', width: 220, render: (type: string) => <code>{type}</code> },
          { title: t('audit.actor'), dataIndex: 'actor', width: 140, render: (actor: { userId: string; role?: string } | null) => (actor ? `${actor.role ?? ''}` : '—') },
        ]}
      />
      {pages.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
