// Propose a special expenditure (the standing agency's staff): spending with no norm (chưa có định mức), on a line
// of an appropriated budget, with its amount and reason. The regulation in force on the day proposed judges whether
// such a flow exists at all (Thanh Hóa 2018 Điều 11.2); elsewhere the platform refuses it with the article.
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { formatVnd, type Language } from '../../lib/format';
import { AmountField, dongOrNull } from './AmountField';
import { keepEnterInField } from '../../components/keepEnterInField';

export type Budget = Answer<'listBudgets'>[number];
type Values = { budgetId: string; lineId: string; title: string; amount: string; reason: string; proposedOn: Dayjs };

export function ProposeSpecialForm({ tenant, budgets, holderName, onDone }: { tenant: string; budgets: Budget[]; holderName: (agencyId: string) => string; onDone: (created: { budgetId: string; itemId: string | null }) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const budgetId = Form.useWatch('budgetId', form);
  const budget = budgets.find((b) => b.budgetId === budgetId);
  const { submit, pending, problem } = useSubmit(
    form,
    async (values: Values) => {
      const chosen = budgets.find((b) => b.budgetId === values.budgetId);
      const answer = await api.POST('/api/tenants/{tenant}/budget/years/{budgetId}/special-expenditures', {
        params: { path: { tenant, budgetId: values.budgetId }, header: chosen ? { 'If-Match': `"${chosen.version}"` } : {} },
        body: { lineId: values.lineId, title: values.title, amount: dongOrNull(values.amount) ?? '', reason: values.reason, proposedOn: values.proposedOn.format('YYYY-MM-DD') },
      });
      await ok(Promise.resolve(answer));
      // the API names what it made in Location: …/special-expenditures/{itemId}
      return { budgetId: values.budgetId, itemId: answer.response.headers.get('location')?.split('/').at(-1) ?? null };
    },
    { invalidates: [['special-expenditures', tenant], ['budgets', tenant]], onDone },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name="propose-special-expenditure" onFinish={submit} initialValues={{ budgetId: budgets[0]?.budgetId }} onValuesChange={(changed: Partial<Values>) => changed.budgetId && form.setFieldValue('lineId', undefined)}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="budgetId" label={t('specialExpenditure.budget')} rules={required}>
        <Select options={budgets.map((b) => ({ value: b.budgetId, label: `${holderName(b.holderAgencyId)} — ${t('budget.fiscalYear', { year: b.fiscalYear })}` }))} />
      </Form.Item>
      <Form.Item name="lineId" label={t('specialExpenditure.line')} rules={required}>
        <Select
          disabled={!budget}
          options={(budget?.execution?.lines ?? []).map((line) => ({ value: line.lineId, label: t('specialExpenditure.lineOption', { title: line.title, remaining: formatVnd(line.remaining, i18n.language as Language) }) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('specialExpenditure.title')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <AmountField name="amount" label={t('specialExpenditure.amount')} required />
      <Form.Item name="reason" label={t('specialExpenditure.reason')} extra={t('specialExpenditure.reasonHelp')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="proposedOn" label={t('specialExpenditure.proposedOn')} rules={required}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} onKeyDown={keepEnterInField} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('specialExpenditure.propose')}
      </Button>
    </Form>
  );
}
