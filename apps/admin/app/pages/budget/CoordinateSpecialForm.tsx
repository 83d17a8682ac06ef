// Sở Tài chính's coordination opinion on a special expenditure (a finance-department grant): the standing agency
// agrees the content with it before it goes to the one who decides (Thanh Hóa 2018 Điều 11.2). It agrees, to the
// amount proposed or less, or it does not; recorded once, dated no earlier than the proposal.
import { Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { formatVnd, type Language } from '../../lib/format';
import { AmountField, dongOrNull } from './AmountField';
import { keepEnterInField } from '../../components/keepEnterInField';

export type Special = Answer<'getSpecialExpenditure'>;
type Values = { coordinatedOn: Dayjs; agrees: boolean; agreedAmount?: string; opinion: string };

export function CoordinateSpecialForm({ tenant, budgetId, version, special }: { tenant: string; budgetId: string; version: number; special: Special }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const agrees = Form.useWatch('agrees', form);
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.POST('/api/tenants/{tenant}/budget/years/{budgetId}/special-expenditures/{itemId}/coordination', {
          params: { path: { tenant, budgetId, itemId: special.specialExpenditureId }, header: { 'If-Match': `"${version}"` } },
          body: { coordinatedOn: values.coordinatedOn.format('YYYY-MM-DD'), agrees: values.agrees, agreedAmount: values.agrees ? dongOrNull(values.agreedAmount) : null, opinion: values.opinion },
        }),
      ),
    { invalidates: [['special-expenditures', tenant], ['special-expenditure', tenant, budgetId, special.specialExpenditureId], ['budgets', tenant]] },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form form={form} layout="vertical" name="coordinate-special-expenditure" onFinish={submit} initialValues={{ agrees: true }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form.Item name="coordinatedOn" label={t('specialExpenditure.coordinatedOn')} rules={required}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} onKeyDown={keepEnterInField} />
      </Form.Item>
      <Form.Item name="agrees" label={t('specialExpenditure.agrees')} rules={required}>
        <Radio.Group
          aria-label={t('specialExpenditure.agrees')}
          options={[
            { value: true, label: t('specialExpenditure.agreesYes') },
            { value: false, label: t('specialExpenditure.agreesNo') },
          ]}
        />
      </Form.Item>
      {agrees !== false && (
        <AmountField name="agreedAmount" label={t('specialExpenditure.agreedAmount')} help={t('specialExpenditure.agreedAmountHelp', { amount: formatVnd(special.amount, i18n.language as Language) })} />
      )}
      <Form.Item name="opinion" label={t('specialExpenditure.opinion')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('specialExpenditure.coordinate')}
      </Button>
    </Form>
  );
}
