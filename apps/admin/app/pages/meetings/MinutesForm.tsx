// The minutes (Biên bản) of a held meeting (the secretariat). The API takes their content as it happened: the
// attendance recorded with the holding, and the conclusions recorded one by one (POST …/conclusions); the minutes
// themselves then get a number, a signer among the invitees and a date, and the regulation gives the seal.
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { useCan } from '../../session/session';
import { IssueDocumentForm, type IssueProps } from './NoticeForm';

type Meeting = Answer<'getMeeting'>;

/** The meeting's conclusions, in the order they were recorded: the minutes and the notice print them so. */
export function Conclusions({ conclusions }: { conclusions: Meeting['conclusions'] }) {
  const { t } = useTranslation();
  return (
    <section data-testid="conclusions">
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('meetingRecords.conclusions')}
      </Typography.Title>
      {conclusions.length === 0 ? (
        <Typography.Paragraph>{t('meetingRecords.noConclusions')}</Typography.Paragraph>
      ) : (
        <ol style={{ paddingInlineStart: 20 }}>
          {conclusions.map((conclusion) => (
            <li key={conclusion.conclusionId}>{conclusion.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One conclusion at a time: each is its own fact, so a refused minutes form never records one twice. */
function ConclusionForm({ tenant, meeting }: { tenant: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: { text: string }) =>
      ok(
        api.POST('/api/tenants/{tenant}/meetings/{meetingId}/conclusions', {
          params: { path: { tenant, meetingId: meeting.meetingId }, header: { 'If-Match': `"${meeting.version}"` } },
          body: { text: values.text.trim() },
        }),
      ),
    { invalidates: [['meeting', tenant, meeting.meetingId]], onDone: () => form.resetFields() },
  );
  return (
    <Form form={form} layout="vertical" name="record-conclusion" onFinish={submit}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="text" label={t('meetingRecords.conclusion')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Button htmlType="submit" loading={pending}>
        {t('meetingRecords.recordConclusion')}
      </Button>
    </Form>
  );
}

export function MinutesForm(props: IssueProps) {
  const can = useCan();
  return (
    <>
      {can('recordConclusion') && <ConclusionForm tenant={props.tenant} meeting={props.meeting} />}
      <div style={{ marginTop: 16 }}>
        <IssueDocumentForm {...props} document="minutes" />
      </div>
    </>
  );
}
