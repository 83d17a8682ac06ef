// The committee's roster on a date (its history: pick another date), the committee's names over time, and the
// seats pending replacement after a long-absence notice with how long they have waited. The secretariat and the
// tenant admin change it here: appoint a member (AppointForm), and per member a role, a dismissal, a long absence
// and its replacement or end (MemberActions); a viewer sees the roster only.
import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Modal, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatInteger, todayInVietnam, type Language } from '../../lib/format';
import { useCan, useTenant } from '../../session/session';
import { AppointForm } from './AppointForm';
import type { RosterMember } from './fields';
import { MemberActionModal, MemberActionsMenu, useMemberActions, type Chosen, type MemberAction } from './MemberActions';

export function RosterPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const tenant = useTenant();
  const can = useCan();
  const actionsOf = useMemberActions();
  const { message } = App.useApp();
  const [appointing, setAppointing] = useState(false);
  const [action, setAction] = useState<Chosen | null>(null);
  const [acting, setActing] = useState(false);
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

  // a dissolved committee changes no more (MEMBERSHIP-committee-dissolved): no control is offered for it
  const open = roster.data !== undefined && roster.data.committee.dissolved === null;
  const seats = new Map((pending.data ?? []).map((seat) => [seat.memberId, seat]));
  const serving = new Set((roster.data?.members ?? []).map((member) => member.person.personId));
  const withActions = open && (roster.data?.members ?? []).some((member) => actionsOf(member, seats.get(member.memberId)).length > 0);
  const choose = (member: RosterMember) => (chosen: MemberAction) => {
    setAction({ action: chosen, member });
    setActing(true);
  };
  const appointed = () => {
    setAppointing(false);
    void message.success(t('rosterEdit.done'));
  };
  const acted = () => {
    setActing(false);
    void message.success(t('rosterEdit.done'));
  };

  return (
    <>
      <div className="bcd-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
        {open && can('appointMember') && (
          <Button type="primary" onClick={() => setAppointing(true)}>
            {t('rosterEdit.appoint')}
          </Button>
        )}
      </div>
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
        data-testid="roster"
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
          ...(withActions
            ? [
                {
                  title: t('rosterEdit.actions'),
                  key: 'actions',
                  render: (_: unknown, m: RosterMember) => {
                    const actions = actionsOf(m, seats.get(m.memberId));
                    return actions.length > 0 && <MemberActionsMenu member={m} actions={actions} onChoose={choose(m)} />;
                  },
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 20 }}>
        {t('roster.pending')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="memberId"
        data-testid="seats-pending"
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
          { title: t('roster.reason'), dataIndex: 'reason', render: (reason: string) => t(`rosterEdit.reasons.${reason}`, { defaultValue: reason }) },
          { title: t('roster.proposal'), key: 'proposal', render: (_: unknown, s) => s.proposal?.person.fullName ?? '—' },
        ]}
      />
      {committeeId && (
        <>
          <Modal open={appointing} title={t('rosterEdit.appoint')} onCancel={() => setAppointing(false)} footer={null} destroyOnHidden maskClosable={false}>
            <AppointForm tenant={tenant} committeeId={committeeId} serving={serving} onDone={appointed} onCancel={() => setAppointing(false)} />
          </Modal>
          <MemberActionModal
            tenant={tenant}
            committeeId={committeeId}
            open={acting}
            chosen={action}
            seat={action ? seats.get(action.member.memberId) : undefined}
            serving={serving}
            onDone={acted}
            onClose={() => setActing(false)}
            afterClose={() => setAction(null)}
          />
        </>
      )}
    </>
  );
}
