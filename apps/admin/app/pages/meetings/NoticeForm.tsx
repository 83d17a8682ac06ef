// Issue the notice of conclusions (Thông báo kết luận) of a held meeting (the secretariat): its number, who signs it
// among the invitees and when. Who may sign, and the seal the document then bears, are the regulation's to say
// (RULES.md §5): the API judges both and a refusal shows here with its rule and article. The minutes take the same
// fields (MinutesForm), so both are one form with the document it issues.
import { Button, DatePicker, Form, Input, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer, Body } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { todayInVietnam } from '../../lib/format';
import { vietnamInstant } from '../../lib/instant';
import type { Member } from './roster-names';
import { keepEnterInField } from '../../components/keepEnterInField';

type Meeting = Answer<'getMeeting'>;
type Values = { number: string; signedBy: string; signedOn: Dayjs; signedTime: Dayjs; assignment?: string };

export type IssueProps = { tenant: string; meeting: Meeting; members: Map<string, Member> };

export function IssueDocumentForm({ tenant, meeting, members, document }: IssueProps & { document: 'notice' | 'minutes' }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) => {
      const body: Body<'issueMeetingNotice'> = {
        number: values.number.trim(),
        signedBy: values.signedBy,
        signedAt: vietnamInstant(values.signedOn.format('YYYY-MM-DD'), values.signedTime.format('HH:mm')),
        assignment: values.assignment?.trim() ? { reference: values.assignment.trim() } : null,
      };
      const init = { params: { path: { tenant, meetingId: meeting.meetingId }, header: { 'If-Match': `"${meeting.version}"` } }, body };
      return ok(
        document === 'notice'
          ? api.POST('/api/tenants/{tenant}/meetings/{meetingId}/notice', init)
          : api.POST('/api/tenants/{tenant}/meetings/{meetingId}/minutes', init),
      );
    },
    { invalidates: [['meeting', tenant, meeting.meetingId], ['meetings', tenant]] },
  );
  const noun = t(`meetingRecords.${document}Noun`);
  const describe = (member: Member | undefined, memberId: string) =>
    member ? `${member.person.fullName ?? t('roster.erased')} — ${t(`role.${member.role}`)}, ${member.agency.name}` : memberId;
  // the decider accepts only an invitee as signer: offer no one else
  const signers = meeting.invitees.map((invitee) => ({ value: invitee.memberId, label: describe(members.get(invitee.memberId), invitee.memberId) }));
  // signed, usually, the day the meeting was held (in Vietnam)
  const heldOn = meeting.held ? todayInVietnam(new Date(meeting.held.heldAt)) : meeting.scheduledOn;
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name={`issue-${document}`} onFinish={submit} initialValues={{ signedOn: dayjs(heldOn) }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="number" label={t('meetingRecords.number', { document: noun })} rules={[...required, { whitespace: true, message: t('form.required') }]} extra={t(`meetingRecords.${document}NumberHelp`)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="signedBy" label={t('meetingRecords.signer', { document: noun })} rules={required} extra={t('meetingRecords.sealByRegulation')}>
        <Select options={signers} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <div className="bcd-toolbar">
        <Form.Item name="signedOn" label={t('meetingRecords.signedOn', { document: noun })} rules={required}>
          <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="signedTime" label={t('meetingRecords.signedTime', { document: noun })} rules={required}>
          <TimePicker onKeyDown={keepEnterInField} format="HH:mm" />
        </Form.Item>
      </div>
      <Form.Item name="assignment" label={t('meetingRecords.assignment', { document: noun })} extra={t('meetingRecords.assignmentHelp')}>
        <Input maxLength={100} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('meetingRecords.afterIssue')}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t(`meetingRecords.issue${document === 'notice' ? 'Notice' : 'Minutes'}`)}
      </Button>
    </Form>
  );
}

/** The notice of conclusions: the same fields as the minutes, issued on its own. */
export function NoticeForm(props: IssueProps) {
  return <IssueDocumentForm {...props} document="notice" />;
}
