// Set the province's target for a KPI from a day on (its admins): no seed regulation sets one, so without it a rate is
// judged against 100 %. Each period is judged against the target in force on its last day; an empty target withdraws
// it. The KPI pages follow once time travel has the change (a few seconds), so the dashboard is refreshed then.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { todayInVietnam } from '../../lib/format';
import { keepEnterInField } from '../../components/keepEnterInField';

/** Time travel keeps a new event within a second or two; the pages are asked again after this. */
const REFRESH_AFTER_MS = 2_000;

type Values = { target?: string; effectiveFrom: Dayjs };

/** Percent as the API takes it: `95`, `97,5` or `97.5` → `"95"`, `"97.5"`; empty → null (withdraw). */
export function targetOf(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim().replace(',', '.');
  return trimmed === '' ? null : trimmed;
}

export function KpiTargetForm({ tenant, kpiId, current }: { tenant: string; kpiId: string; current: string | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.PUT('/api/tenants/{tenant}/kpis/{kpiId}/target', {
          params: { path: { tenant, kpiId } },
          body: { target: targetOf(values.target), effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD') },
        }),
      ),
    // the pages are computed again once time travel has the event: refresh them shortly after
    {
      invalidates: [],
      onDone: () => {
        setSaved(true);
        setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['kpis', tenant] }), REFRESH_AFTER_MS);
      },
    },
  );
  return (
    <Form
      form={form}
      name={`kpi-target-${kpiId}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{ target: current?.replace('.', ',') ?? '', effectiveFrom: dayjs(todayInVietnam()) }}
    >
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('kpiTarget.title')}
      </Typography.Title>
      {problem ? <ProblemAlert error={problem} /> : null}
      {saved && !problem ? <Alert type="success" showIcon title={t('kpiTarget.saved')} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="target" label={t('kpiTarget.target')} extra={t('kpiTarget.targetHelp')} rules={[{ pattern: /^\s*(100([.,]0{1,2})?|\d{1,2}([.,]\d{1,2})?)?\s*$/, message: t('kpiTarget.badTarget') }]}>
        <Input inputMode="decimal" suffix="%" maxLength={6} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('kpiTarget.effectiveFrom')} extra={t('kpiTarget.effectiveFromHelp')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('kpiTarget.save')}
      </Button>
    </Form>
  );
}
