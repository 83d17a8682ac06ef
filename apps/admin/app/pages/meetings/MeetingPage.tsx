// One meeting: when and where, the regulation that judges it, its documents with their lead-time status (a late
// one flagged with rule and article), attendance, the notice and minutes with signer and seal (PDF/DOCX), and its
// action items in the four buckets of Báo cáo 1270/BC-TCTTTg.
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, download, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, todayInVietnam } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { DistributeDocumentForm } from './DistributeDocumentForm';
import { HoldMeetingForm } from './HoldMeetingForm';
import { Conclusions, MinutesForm } from './MinutesForm';
import { NoticeForm } from './NoticeForm';
import { useAgencies, useMembersOn } from './roster-names';
import { LeadTimeTag, SignedDocument } from './parts';

type Meeting = Answer<'getMeeting'>;

export function MeetingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tenant = useTenant();
  const can = useCan();
  const { meetingId = '' } = useParams();
  const meeting = useQuery({ queryKey: ['meeting', tenant, meetingId], queryFn: () => ok(api.GET('/api/tenants/{tenant}/meetings/{meetingId}', { params: { path: { tenant, meetingId } } })) });
  const deadline = useQuery({ queryKey: ['meeting', tenant, meetingId, 'deadline'], queryFn: () => ok(api.GET('/api/tenants/{tenant}/meetings/{meetingId}/documents-deadline', { params: { path: { tenant, meetingId } } })) });
  const items = useQuery({ queryKey: ['meeting', tenant, meetingId, 'items'], queryFn: () => ok(api.GET('/api/tenants/{tenant}/meetings/action-items', { params: { path: { tenant }, query: { asOf: todayInVietnam() } } })) });
  const { members } = useMembersOn(tenant, meeting.data?.scheduledOn);
  const agencies = useAgencies(tenant);
  if (meeting.error) return <ProblemAlert error={meeting.error} />;
  if (!meeting.data) return <Spin />;
  const m: Meeting = meeting.data;
  const nameOf = (memberId: string) => members.get(memberId)?.person.fullName ?? '…';
  const base = `/api/tenants/${encodeURIComponent(tenant)}/meetings/${m.meetingId}`;
  const fetchFile = (path: string, name: string) => download(`${base}/${path}`, name).catch((error) => message.error(String(error)));

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t(`meetingKind.${m.kind}`)} — {formatDate(m.scheduledOn)} <Tag>{t(`meetingStatus.${m.status}`)}</Tag>
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('meetings.startsAt')}>{formatDateTime(m.startsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.place')}>{m.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.period')}>{m.period ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.presidedBy')}>{nameOf(m.presidedBy)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.regulation')}>
          {m.regulation.packId} {m.regulation.decisionNumber ?? ''} — {m.article}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.deadline')}>
          {deadline.data?.latestSendDate ? `${formatDate(deadline.data.latestSendDate)} (${deadline.data.article ?? ''})` : t(`leadTime.${deadline.data?.outcome ?? 'no-rule'}`)}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('meetings.documents')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="documentId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={m.documents}
        locale={{ emptyText: t('meetings.noDocuments') }}
        columns={[
          { title: t('meetings.documentTitle'), dataIndex: 'title' },
          { title: t('meetings.sentAt'), dataIndex: 'sentAt', render: formatDateTime },
          { title: t('meetings.channel'), dataIndex: 'channel', render: (channel: string) => t(`channel.${channel}`) },
          { title: t('meetings.leadTime'), dataIndex: 'leadTime', render: (leadTime: Meeting['documents'][number]['leadTime']) => <LeadTimeTag leadTime={leadTime} /> },
          {
            title: t('meetings.file'),
            key: 'file',
            render: (_: unknown, document: Meeting['documents'][number]) => (
              <Button size="small" onClick={() => fetchFile(`documents/${document.documentId}/file`, document.title)} aria-label={t('meetings.downloadNamed', { name: document.title })}>
                {t('meetings.download')}
              </Button>
            ),
          },
        ]}
      />
      {can('distributeMeetingDocument') && m.status === 'scheduled' && (
        <Card size="small" title={t('meetings.distribute')} style={{ marginTop: 12, maxWidth: 520 }}>
          <DistributeDocumentForm tenant={tenant} meetingId={m.meetingId} version={m.version} />
        </Card>
      )}

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('meetings.attendance')}
      </Typography.Title>
      {m.held ? (
        <Table
          size="small"
          rowKey="memberId"
          pagination={false}
          dataSource={m.held.attendance}
          data-testid="attendance"
          columns={[
            { title: t('roster.name'), dataIndex: 'memberId', render: nameOf },
            { title: t('meetings.attendance'), dataIndex: 'status', render: (status: string) => t(`attendance.${status}`) },
          ]}
        />
      ) : can('holdMeeting') && m.status === 'scheduled' ? (
        <HoldMeetingForm tenant={tenant} meeting={m} members={members} />
      ) : (
        <Typography.Paragraph>{t('meetings.notHeld')}</Typography.Paragraph>
      )}

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('meetings.records')}
      </Typography.Title>
      <Space wrap align="start">
        <SignedDocument label={t('meetings.notice')} signed={m.notice} nameOf={nameOf} onDownload={(kind) => fetchFile(`notice.${kind}`, `thong-bao-${m.scheduledOn}.${kind}`)} />
        <SignedDocument label={t('meetings.minutes')} signed={m.minutes} nameOf={nameOf} onDownload={(kind) => fetchFile(`minutes.${kind}`, `bien-ban-${m.scheduledOn}.${kind}`)} />
      </Space>
      {m.held && <Conclusions conclusions={m.conclusions} />}
      {/* the API issues each once, and only for a held meeting */}
      <Row gutter={[16, 16]} style={{ marginTop: 12 }}>
        {m.status === 'held' && !m.notice && can('issueMeetingNotice') && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('meetingRecords.issueNotice')}>
              <NoticeForm tenant={tenant} meeting={m} members={members} />
            </Card>
          </Col>
        )}
        {m.status === 'held' && !m.minutes && can('issueMeetingMinutes') && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('meetingRecords.issueMinutes')}>
              <MinutesForm tenant={tenant} meeting={m} members={members} />
            </Card>
          </Col>
        )}
      </Row>

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('meetings.actionItems')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="itemId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={(items.data?.items ?? []).filter((item) => item.meetingId === m.meetingId)}
        columns={[
          { title: t('meetings.actionItem'), dataIndex: 'description' },
          { title: t('meetings.owner'), dataIndex: 'ownerAgencyId', render: (id: string) => agencies.get(id) ?? '…' },
          { title: t('meetings.dueOn'), dataIndex: 'dueOn', render: formatDate },
          { title: t('meetings.doneOn'), dataIndex: 'doneOn', render: formatDate },
          { title: t('reporting.bucket'), dataIndex: 'bucket', render: (bucket: string) => t(`kpi.bucket.${bucket}`) },
        ]}
      />
    </>
  );
}
