// The committee's roster on a date (its history: pick another date), the committee's names over time, and the
// seats pending replacement after a long-absence notice with how long they have waited.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatInteger, todayInVietnam, type Language } from '../../lib/format';
import { useTenant } from '../../session/session';

export function RosterPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const tenant = useTenant();
  const [asOf, setAsOf] = useState(todayInVietnam());
  const [chosen, setChosen] = useState<string | null>(null);
  const committees = useQuery({ queryKey: ['committees', tenant, asOf], queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/committees', { params: { path: { tenant }, query: { asOf } } })) });
  const committeeId = chosen ?? committees.data?.find((committee) => !committee.dissolved)?.committeeId ?? committees.data?.[0]?.committeeId;
  const roster = useQuery({
    queryKey: ['roster', tenant, committeeId, asOf],
    enabled: !!committeeId,
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/committees/{committeeId}/roster', { params: { path: { tenant, committeeId: committeeId ?? '' }, query: { asOf } } })),
  });
  const pending = useQuery({
    queryKey: ['seats-pending', tenant, committeeId, asOf],
    enabled: !!committeeId,
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/committees/{committeeId}/seats-pending-replacement', { params: { path: { tenant, committeeId: committeeId ?? '' }, query: { asOf } } })),
  });

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('roster.title')}
      </Typography.Title>
      <Form layout="inline" name="roster-filters" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('roster.asOf')} htmlFor="roster-as-of">
          <DatePicker id="roster-as-of" format="DD/MM/YYYY" allowClear={false} value={dayjs(asOf)} onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))} />
        </Form.Item>
        <Form.Item label={t('roster.committee')}>
          <Select
            aria-label={t('roster.committee')}
            style={{ minWidth: 280 }}
            value={committeeId}
            onChange={setChosen}
            options={(committees.data ?? []).map((committee) => ({ value: committee.committeeId, label: committee.name }))}
          />
        </Form.Item>
      </Form>
      {committees.error && <ProblemAlert error={committees.error} />}
      {roster.error && <ProblemAlert error={roster.error} />}
      {roster.data && (
        <Typography.Paragraph>
          {t('roster.established', { date: formatDate(roster.data.committee.establishedOn), decision: roster.data.committee.establishedBy.number })}
          {roster.data.committee.names.length > 1 && ` ${t('roster.names')}: ${roster.data.committee.names.map((name) => `${name.name} (${formatDate(name.effectiveOn)})`).join('; ')}`}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="memberId"
        loading={roster.isFetching}
        pagination={false}
        scroll={{ x: true }}
        dataSource={roster.data?.members ?? []}
        columns={[
          { title: t('roster.name'), key: 'name', render: (_: unknown, m) => m.person.fullName ?? t('roster.erased') },
          { title: t('roster.role'), dataIndex: 'role', render: (role: string) => t(`role.${role}`) },
          { title: t('roster.agency'), key: 'agency', render: (_: unknown, m) => m.agency.name },
          { title: t('roster.since'), dataIndex: 'appointedOn', render: formatDate },
          { title: t('roster.decision'), key: 'decision', render: (_: unknown, m) => `${m.appointedBy.number} (${formatDate(m.appointedBy.date)})` },
          { title: t('roster.seat'), key: 'seat', render: (_: unknown, m) => <Tag>{t(`seatStatus.${m.seat.status}`)}</Tag> },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('roster.pending')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={pending.data ?? []}
        locale={{ emptyText: t('roster.nonePending') }}
        columns={[
          { title: t('roster.name'), key: 'name', render: (_: unknown, s) => s.person.fullName ?? t('roster.erased') },
          { title: t('roster.role'), dataIndex: 'role', render: (role: string) => t(`role.${role}`) },
          { title: t('roster.agency'), key: 'agency', render: (_: unknown, s) => s.agency.name },
          { title: t('roster.pendingSince'), dataIndex: 'pendingSince', render: formatDate },
          { title: t('roster.daysPending'), dataIndex: 'daysPending', render: (days: number) => formatInteger(days, language) },
          { title: t('roster.reason'), dataIndex: 'reason' },
          { title: t('roster.proposal'), key: 'proposal', render: (_: unknown, s) => s.proposal?.person.fullName ?? '—' },
        ]}
      />
    </>
  );
}
