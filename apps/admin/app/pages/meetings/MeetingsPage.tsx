// The province's meetings: a month calendar and the list, each opening onto its detail; the secretariat
// schedules a new one here.
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Calendar, Drawer, Grid, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';

type Meeting = Answer<'listMeetings'>[number];

export function MeetingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const can = useCan();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? true;
  const [scheduling, setScheduling] = useState(false);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const meetings = useQuery({ queryKey: ['meetings', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/meetings', { params: { path: { tenant } } })) });
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings.data ?? []) byDay.set(meeting.scheduledOn, [...(byDay.get(meeting.scheduledOn) ?? []), meeting]);
  const link = (meeting: Meeting) => `/t/${tenant}/meetings/${meeting.meetingId}`;

  return (
    <>
      <div className="bcd-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('meetings.title')}
        </Typography.Title>
        {can('scheduleMeeting') && (
          <Button type="primary" onClick={() => setScheduling(true)}>
            {t('meetings.schedule')}
          </Button>
        )}
      </div>
      {meetings.error && <ProblemAlert error={meetings.error} />}
      <Calendar
        fullscreen={wide}
        value={month}
        onPanelChange={setMonth}
        headerRender={({ value, onChange }) => (
          // Ant Design's own header has selects without labels (axe: label, critical)
          <div className="bcd-toolbar" style={{ justifyContent: 'flex-end', padding: 8 }}>
            <Select aria-label={t('meetings.year')} value={value.year()} onChange={(year: number) => onChange(value.year(year))} options={Array.from({ length: 30 }, (_, i) => value.year() - 15 + i).map((year) => ({ value: year, label: String(year) }))} style={{ width: 100 }} />
            <Select aria-label={t('meetings.month')} value={value.month()} onChange={(month: number) => onChange(value.month(month))} options={Array.from({ length: 12 }, (_, month) => ({ value: month, label: t('meetings.monthName', { month: month + 1 }) }))} style={{ width: 120 }} />
          </div>
        )}
        onSelect={(day, info) => {
          setMonth(day);
          const first = byDay.get(day.format('YYYY-MM-DD'))?.[0];
          if (info.source === 'date' && first) void navigate(link(first));
        }}
        cellRender={(day, info) => {
          if (info.type !== 'date') return null;
          const list = byDay.get(day.format('YYYY-MM-DD')) ?? [];
          if (!wide) return list.length ? <Badge color="#0b57c5" aria-label={t('meetings.onDay', { count: list.length })} /> : null;
          return list.map((meeting) => (
            <div key={meeting.meetingId}>
              <Link to={link(meeting)}>{t(`meetingKind.${meeting.kind}`)}</Link>
            </div>
          ));
        }}
      />
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 16 }}>
        {t('meetings.list')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="meetingId"
        loading={meetings.isPending}
        dataSource={[...(meetings.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt))}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('meetings.scheduledOn'), dataIndex: 'scheduledOn', render: (day: string, meeting: Meeting) => <Link to={link(meeting)}>{formatDate(day)}</Link> },
          { title: t('meetings.startsAt'), dataIndex: 'startsAt', render: formatDateTime },
          { title: t('meetings.kind'), dataIndex: 'kind', render: (kind: string) => t(`meetingKind.${kind}`) },
          { title: t('meetings.period'), dataIndex: 'period' },
          { title: t('meetings.status'), dataIndex: 'status', render: (status: string) => <Tag>{t(`meetingStatus.${status}`)}</Tag> },
          { title: t('meetings.place'), dataIndex: 'place' },
        ]}
      />
      <Drawer open={scheduling} onClose={() => setScheduling(false)} title={t('meetings.schedule')} size={wide ? 480 : '100%'} destroyOnHidden>
        <ScheduleMeetingForm
          tenant={tenant}
          onDone={(meetingId) => {
            setScheduling(false);
            void navigate(`/t/${tenant}/meetings/${meetingId}`);
          }}
        />
      </Drawer>
    </>
  );
}
