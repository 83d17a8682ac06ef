// Submit a report for an obligation: when it was sent and how, a summary, and the fields of the province's
// template for it (Phú Thọ 2022 Điều 4.3), each as its type asks; the platform checks them against the template.
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { vietnamInstant } from '../../lib/instant';
import { keepEnterInField } from '../../components/keepEnterInField';

export type Obligation = Answer<'listObligations'>['obligations'][number];
export type TemplateField = Answer<'listReportTemplates'>['versions'][number]['fields'][number];
type Values = { sentOn: Dayjs; sentTime: Dayjs; channel: 'official-email' | 'paper' | 'online'; summary: string; values?: Record<string, string | number | boolean | Dayjs | null> };

function fieldInput(field: TemplateField) {
  if (field.type === 'number' || field.type === 'integer') return <InputNumber style={{ width: '100%' }} />;
  if (field.type === 'boolean') return <Checkbox />;
  if (field.type === 'date') return <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />;
  return <Input.TextArea autoSize />;
}

export function SubmitReportForm({ tenant, obligation, fields, onDone }: { tenant: string; obligation: Obligation; fields: TemplateField[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.POST('/api/tenants/{tenant}/reporting/obligations/{obligationId}/submissions', {
          params: { path: { tenant, obligationId: obligation.obligationId }, header: { 'If-Match': `"${obligation.version}"` } },
          body: {
            submittedAt: vietnamInstant(values.sentOn.format('YYYY-MM-DD'), values.sentTime.format('HH:mm')),
            channel: values.channel,
            summary: values.summary,
            values: Object.fromEntries(Object.entries(values.values ?? {}).map(([key, value]) => [key, value && typeof value === 'object' ? value.format('YYYY-MM-DD') : (value ?? null)])),
          },
        }),
      ),
    { invalidates: [['obligations', tenant]], onDone },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name="submit-report" onFinish={submit} initialValues={{ channel: 'official-email' }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="sentOn" label={t('reporting.sentOn')} rules={required}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="sentTime" label={t('reporting.sentTime')} rules={required}>
        <TimePicker onKeyDown={keepEnterInField} format="HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="channel" label={t('reporting.channel')} rules={required}>
        <Select options={(['official-email', 'paper', 'online'] as const).map((channel) => ({ value: channel, label: t(`reportChannel.${channel}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('reporting.summary')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
      {fields.map((field) => (
        <Form.Item key={field.key} name={['values', field.key]} label={field.label} rules={field.required ? required : []} valuePropName={field.type === 'boolean' ? 'checked' : 'value'}>
          {fieldInput(field)}
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('reporting.submit')}
      </Button>
    </Form>
  );
}
