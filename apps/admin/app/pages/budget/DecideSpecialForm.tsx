// The decision on a special expenditure, by the one the regulation names (Thanh Hóa 2018 Điều 11.2: the chair,
// "Trưởng Ban Chỉ đạo xem xét, quyết định"): the platform takes the caller as the member their account is linked to
// on the roster of the day decided, after Sở Tài chính's opinion and dated no earlier; an approval stays within the
// amount Sở Tài chính agreed. Anyone else, or a step out of order, is refused with the article, shown on the form.
import { Alert, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { formatDate, formatVnd, type Language } from '../../lib/format';
import { AmountField, dongOrNull } from './AmountField';
import { keepEnterInField } from '../../components/keepEnterInField';
import type { Special } from './CoordinateSpecialForm';

type Values = { decidedOn: Dayjs; approved: boolean; approvedAmount?: string; note?: string };

export function DecideSpecialForm({ tenant, budgetId, version, special }: { tenant: string; budgetId: string; version: number; special: Special }) {
  const { t, i18n } = useTranslation();
  const vnd = (amount: string) => formatVnd(amount, i18n.language as Language);
  const [form] = Form.useForm<Values>();
  const approved = Form.useWatch('approved', form);
  const coordination = special.coordination;
  const { submit, pending, problem } = useSubmit(
    form,
    (values: Values) =>
      ok(
        api.POST('/api/tenants/{tenant}/budget/years/{budgetId}/special-expenditures/{itemId}/decision', {
          params: { path: { tenant, budgetId, itemId: special.specialExpenditureId }, header: { 'If-Match': `"${version}"` } },
          body: { decidedOn: values.decidedOn.format('YYYY-MM-DD'), approved: values.approved, approvedAmount: values.approved ? dongOrNull(values.approvedAmount) : null, note: values.note?.trim() || null },
        }),
      ),
    { invalidates: [['special-expenditures', tenant], ['special-expenditure', tenant, budgetId, special.specialExpenditureId], ['budgets', tenant]] },
  );
  const required = [{ required: true, message: t('form.required') }];
  return (
    // the person decides on what Sở Tài chính said: approving is offered first only where it agreed
    <Form form={form} layout="vertical" name="decide-special-expenditure" onFinish={submit} initialValues={{ approved: coordination?.agrees ?? false }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Alert
        type="info"
        role="note" // a standing hint, not an alert to announce
        style={{ marginBottom: 12 }}
        title={
          <>
            <div>{t('specialExpenditure.decidedByHelp', { article: special.regulation.article })}</div>
            {coordination && (
              <div>
                {coordination.agrees && coordination.agreedAmount !== null
                  ? t('specialExpenditure.coordinationAgreed', { date: formatDate(coordination.coordinatedOn), amount: vnd(coordination.agreedAmount) })
                  : t('specialExpenditure.coordinationDisagreed', { date: formatDate(coordination.coordinatedOn) })}
              </div>
            )}
          </>
        }
      />
      <Form.Item name="decidedOn" label={t('specialExpenditure.decidedOn')} rules={required}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} onKeyDown={keepEnterInField} />
      </Form.Item>
      <Form.Item name="approved" label={t('specialExpenditure.decision')} rules={required}>
        <Radio.Group
          aria-label={t('specialExpenditure.decision')}
          options={[
            { value: true, label: t('specialExpenditure.approve') },
            { value: false, label: t('specialExpenditure.reject') },
          ]}
        />
      </Form.Item>
      {approved !== false && (
        <AmountField
          name="approvedAmount"
          label={t('specialExpenditure.approvedAmount')}
          help={coordination?.agreedAmount ? t('specialExpenditure.approvedAmountHelp', { amount: vnd(coordination.agreedAmount) }) : undefined}
        />
      )}
      <Form.Item name="note" label={t('specialExpenditure.note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('specialExpenditure.decide')}
      </Button>
    </Form>
  );
}
