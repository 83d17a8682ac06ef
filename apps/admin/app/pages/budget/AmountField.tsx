// A field for an amount of đồng: typed as digits (grouped or not), echoed back with thousands separators so the
// person reads what will be sent, and sent as the exact string of digits (amount.ts), never a float.
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd, type Language } from '../../lib/format';
import { parseDong } from './amount';

export function AmountField({ name, label, required = false, help }: { name: string; label: string; required?: boolean; help?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const text = Form.useWatch<string | undefined>(name, Form.useFormInstance());
  const parsed = parseDong(text);
  return (
    <Form.Item
      name={name}
      label={label}
      extra={
        <>
          {parsed && <div data-testid={`${name}-echo`}>{t('specialExpenditure.amountReads', { amount: formatVnd(parsed, i18n.language as Language) })}</div>}
          {help}
        </>
      }
      rules={[
        { required, message: t('form.required') },
        { validator: async (_, value: string | undefined) => (!value?.trim() || parseDong(value) ? undefined : Promise.reject(new Error(t('specialExpenditure.amountInvalid')))) },
      ]}
    >
      <Input inputMode="numeric" maxLength={40} autoComplete="off" suffix="₫" />
    </Form.Item>
  );
}

/** The field's value for the API: the digits, or null when it was left empty (the API then takes the amount before it). */
export function dongOrNull(text: string | undefined): string | null {
  return text?.trim() ? parseDong(text) : null;
}
