// Record that the meeting was held (the secretariat): when, who presided, and every invitee's attendance.
import { Button, DatePicker, Form, Select, Table, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { formatDateTime } from '../../lib/format';
import { vietnamInstant } from '../../lib/instant';
import type { Member } from './roster-names';
import { keepEnterInField } from '../../components/keepEnterInField';

type Meeting = Answer<'getMeeting'>;
type Attended = 'in-person' | 'through-delegate' | 'absent';
type Values = { heldOn: Dayjs; heldTime: Dayjs; presidedBy: string; attendance: Record<string, Attended> };

export function HoldMeetingForm({ tenant, meeting, members }: { tenant: string; meeting: Meeting; members: Map<string, Member> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const nameOf = (memberId: string) => members.get(memberId)?.person.fullName ?? memberId;
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.POST('/api/tenants/{tenant}/meetings/{meetingId}/holding', {
          params: { path: { tenant, meetingId: meeting.meetingId }, header: { 'If-Match': `"${meeting.version}"` } },
          body: {
            heldAt: vietnamInstant(values.heldOn.format('YYYY-MM-DD'), values.heldTime.format('HH:mm')),
            presidedBy: values.presidedBy,
            attendance: meeting.invitees.map((invitee) => ({ memberId: invitee.memberId, attended: values.attendance[invitee.memberId] })),
          },
        }),
      ),
    { invalidates: [['meeting', tenant, meeting.meetingId], ['meetings', tenant]] },
  );
  // the time picker shows Vietnam time: the meeting's start, written there
  const start = dayjs(`2000-01-01T${formatDateTime(meeting.startsAt).slice(11)}`);
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form
      form={form}
      layout="vertical"
      name="hold-meeting"
      onFinish={submit}
      initialValues={{ heldOn: dayjs(meeting.scheduledOn), heldTime: start, presidedBy: meeting.presidedBy, attendance: Object.fromEntries(meeting.invitees.map((invitee) => [invitee.memberId, 'in-person'])) }}
    >
      {problem ? <ProblemAlert error={problem} /> : null}
      <div className="bcd-toolbar">
        <Form.Item name="heldOn" label={t('meetings.heldOn')} rules={required}>
          <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="heldTime" label={t('meetings.heldTime')} rules={required}>
          <TimePicker onKeyDown={keepEnterInField} format="HH:mm" />
        </Form.Item>
        <Form.Item name="presidedBy" label={t('meetings.presidedBy')} rules={required}>
          <Select style={{ minWidth: 220 }} options={meeting.invitees.map((invitee) => ({ value: invitee.memberId, label: nameOf(invitee.memberId) }))} />
        </Form.Item>
      </div>
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        dataSource={meeting.invitees}
        columns={[
          { title: t('roster.name'), dataIndex: 'memberId', render: nameOf },
          { title: t('roster.role'), dataIndex: 'role', render: (role: string) => t(`role.${role}`) },
          {
            title: t('meetings.attendance'),
            key: 'attended',
            render: (_: unknown, invitee) => (
              <Form.Item name={['attendance', invitee.memberId]} noStyle>
                <Select
                  aria-label={t('meetings.attendanceOf', { name: nameOf(invitee.memberId) })}
                  style={{ minWidth: 160 }}
                  options={(['in-person', 'through-delegate', 'absent'] as const).map((value) => ({ value, label: t(`attended.${value}`) }))}
                />
              </Form.Item>
            ),
          },
        ]}
      />
      <Button type="primary" htmlType="submit" loading={pending} style={{ marginTop: 12 }}>
        {t('meetings.recordHolding')}
      </Button>
    </Form>
  );
}
