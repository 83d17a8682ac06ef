// Schedule a meeting (the secretariat): kind, the period it fulfils, date and time, place, who presides and
// convenes it among the members on that date. The regulation in force on that date judges it.
import { Button, DatePicker, Form, Input, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { vietnamInstant } from '../../lib/instant';
import { useMembersOn } from './roster-names';
import { keepEnterInField } from '../../components/keepEnterInField';

const KINDS = ['plenary', 'standing-board', 'working-group', 'extraordinary', 'extended'] as const;

type Values = { kind: (typeof KINDS)[number]; period?: string; scheduledOn: Dayjs; startsAt: Dayjs; place?: string; onlineLink?: string; presidedBy: string; convenedBy: string };

export function ScheduleMeetingForm({ tenant, onDone }: { tenant: string; onDone: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const scheduledOn = Form.useWatch('scheduledOn', form);
  const { members } = useMembersOn(tenant, scheduledOn?.format('YYYY-MM-DD'));
  const memberOptions = [...members.values()].map((member) => ({ value: member.memberId, label: `${member.person.fullName ?? t('roster.erased')} — ${t(`role.${member.role}`)}` }));
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.POST('/api/tenants/{tenant}/meetings', {
          params: { path: { tenant } },
          body: {
            kind: values.kind,
            period: values.period || null,
            scheduledOn: values.scheduledOn.format('YYYY-MM-DD'),
            startsAt: vietnamInstant(values.scheduledOn.format('YYYY-MM-DD'), values.startsAt.format('HH:mm')),
            place: values.place || null,
            onlineLink: values.onlineLink || null,
            presidedBy: values.presidedBy,
            convenedBy: values.convenedBy,
          },
        }),
      ),
    { invalidates: [['meetings', tenant]], onDone: (meeting) => onDone(meeting.meetingId) },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name="schedule-meeting" onFinish={submit} initialValues={{ kind: 'plenary' }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="kind" label={t('meetings.kind')} rules={required}>
        <Select options={KINDS.map((kind) => ({ value: kind, label: t(`meetingKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="period" label={t('meetings.period')} extra={t('meetings.periodHelp')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="scheduledOn" label={t('meetings.scheduledOn')} rules={required}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="startsAt" label={t('meetings.startsAt')} rules={required}>
        <TimePicker onKeyDown={keepEnterInField} format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={t('meetings.place')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="onlineLink" label={t('meetings.onlineLink')} rules={[{ type: 'url', message: t('form.url') }]}>
        <Input maxLength={2000} inputMode="url" />
      </Form.Item>
      <Form.Item name="presidedBy" label={t('meetings.presidedBy')} rules={required}>
        <Select options={memberOptions} disabled={!scheduledOn} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="convenedBy" label={t('meetings.convenedBy')} rules={required}>
        <Select options={memberOptions} disabled={!scheduledOn} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('meetings.schedule')}
      </Button>
    </Form>
  );
}
