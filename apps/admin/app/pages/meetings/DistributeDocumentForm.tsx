// Send a meeting document (the secretariat): the file is stored by its SHA-256, then its distribution is recorded
// with when it went out; the platform judges it against the lead time of the regulation in force.
import { Button, DatePicker, Form, Input, Select, TimePicker, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { vietnamInstant } from '../../lib/instant';
import { keepEnterInField } from '../../components/keepEnterInField';

type Values = { title: string; channel: 'electronic' | 'paper' | 'electronic-and-paper'; sentOn: Dayjs; sentTime: Dayjs; file: UploadFile[] };

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function DistributeDocumentForm({ tenant, meetingId, version }: { tenant: string; meetingId: string; version: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, pending, problem } = useSubmit(
    form,
    async (values: Values) => {
      const file = values.file[0]?.originFileObj;
      if (!file) throw new Error('no file chosen');
      const bytes = await file.arrayBuffer();
      const contentHash = await sha256(bytes);
      const mediaType = (file.type || 'application/octet-stream') as 'application/pdf';
      await ok(api.PUT('/api/tenants/{tenant}/meetings/files/{contentHash}', { params: { path: { tenant, contentHash } }, body: bytes as unknown as string, bodySerializer: (body) => body, headers: { 'content-type': mediaType } }));
      return ok(
        api.POST('/api/tenants/{tenant}/meetings/{meetingId}/documents', {
          params: { path: { tenant, meetingId }, header: { 'If-Match': `"${version}"` } },
          body: { title: values.title, contentHash, channel: values.channel, sentAt: vietnamInstant(values.sentOn.format('YYYY-MM-DD'), values.sentTime.format('HH:mm')) },
        }),
      );
    },
    { invalidates: [['meeting', tenant, meetingId]], onDone: () => form.resetFields() },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name="distribute-document" onFinish={submit} initialValues={{ channel: 'electronic' }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="title" label={t('meetings.documentTitle')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="file" label={t('meetings.file')} valuePropName="fileList" getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)} rules={required}>
        <Upload beforeUpload={() => false} maxCount={1}>
          <Button>{t('meetings.chooseFile')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="channel" label={t('meetings.channel')} rules={required}>
        <Select options={(['electronic', 'paper', 'electronic-and-paper'] as const).map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))} />
      </Form.Item>
      <Form.Item name="sentOn" label={t('meetings.sentOn')} rules={required}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="sentTime" label={t('meetings.sentTime')} rules={required}>
        <TimePicker onKeyDown={keepEnterInField} format="HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('meetings.distribute')}
      </Button>
    </Form>
  );
}
