// Form pieces the roster's forms share: the decision that makes a change (its number, the day it was signed and
// the day it takes effect) and the person a seat or a proposal names: one already registered, or a new one that
// is registered first. What the platform refuses (a second chair, a person already serving) it says itself.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer, Body } from '../../api/types';
import { todayInVietnam } from '../../lib/format';
import { keepEnterInField } from '../../components/keepEnterInField';

export type MemberRole = Body<'appointMember'>['role'];
export type RosterMember = Answer<'getRoster'>['members'][number];
export type PendingSeat = Answer<'listSeatsPendingReplacement'>[number];

export const MEMBER_ROLES: readonly MemberRole[] = ['chair', 'standing-vice-chair', 'vice-chair', 'standing-member', 'member', 'secretary'];

/** What every change of the roster refreshes: the rosters and seats pending on every date, and the people. */
export const rosterQueries = (tenant: string) => [['roster', tenant], ['seats-pending', tenant], ['people', tenant]];

/** A calendar day as the API writes it; never moved through a time zone. */
export const day = (value: Dayjs): string => value.format('YYYY-MM-DD');

/** A decision is a signed act: the platform refuses one dated after today (MEMBERSHIP-decision-in-future). */
const afterToday = (value: Dayjs) => value.isAfter(dayjs(todayInVietnam()), 'day');

export function useRequired() {
  const { t } = useTranslation();
  return [{ required: true, message: t('form.required') }];
}

export type DecisionValues = { decision: { number: string; date: Dayjs }; effectiveOn?: Dayjs | null };

/** The decision part of a body; no `effectiveOn`: the decision takes effect on signing. */
export function decisionBody(values: DecisionValues): { decision: { number: string; date: string }; effectiveOn?: string } {
  return { decision: { number: values.decision.number.trim(), date: day(values.decision.date) }, ...(values.effectiveOn ? { effectiveOn: day(values.effectiveOn) } : {}) };
}

export function DecisionFields() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Form.Item name={['decision', 'number']} label={t('rosterEdit.decisionNumber')} extra={t('rosterEdit.decisionNumberHelp')} rules={[...required, { whitespace: true, message: t('form.required') }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name={['decision', 'date']} label={t('rosterEdit.decisionDate')} extra={t('rosterEdit.decisionDateHelp')} rules={required}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('rosterEdit.effectiveOn')} extra={t('rosterEdit.effectiveOnHelp')}>
        <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

/** A date field, required unless told otherwise. */
export function DateField({ name, label, extra, optional }: { name: string; label: string; extra?: string; optional?: boolean }) {
  const required = useRequired();
  return (
    <Form.Item name={name} label={label} extra={extra} rules={optional ? [] : required}>
      <DatePicker onKeyDown={keepEnterInField} format="DD/MM/YYYY" style={{ width: '100%' }} />
    </Form.Item>
  );
}

export type PersonValues = { personMode: 'existing' | 'new'; personId?: string; fullName?: string; email?: string; phone?: string };

/**
 * The person a form names, and how to get their id: a new person is registered first, then the form shows them as
 * chosen, so sending again after a refusal of the appointment does not register them twice.
 */
export function usePersonChoice<V extends PersonValues>(tenant: string, form: FormInstance<V>) {
  const queryClient = useQueryClient();
  const people = useQuery({ queryKey: ['people', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/people', { params: { path: { tenant } } })) });
  async function personIdOf(values: PersonValues): Promise<string> {
    if (values.personMode === 'existing' && values.personId) return values.personId;
    const person = await ok(
      api.POST('/api/tenants/{tenant}/membership/people', {
        params: { path: { tenant } },
        body: { fullName: (values.fullName ?? '').trim(), email: values.email?.trim() || null, phone: values.phone?.trim() || null },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: ['people', tenant] });
    form.setFieldsValue({ personMode: 'existing', personId: person.personId } as Parameters<typeof form.setFieldsValue>[0]);
    return person.personId;
  }
  return { people: people.data ?? [], loading: people.isPending, personIdOf };
}

/** Choose a registered person (not erased, not among `exclude`) or write a new one's name and contacts. */
export function PersonFields({ label, people, loading, exclude }: { label: string; people: Answer<'listPeople'>; loading: boolean; exclude: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const required = useRequired();
  const mode = Form.useWatch<PersonValues['personMode']>('personMode');
  const options = people
    .filter((person) => !person.erased && !exclude.has(person.personId))
    .map((person) => ({ value: person.personId, label: person.email ? `${person.fullName} (${person.email})` : (person.fullName ?? '') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return (
    <>
      <Form.Item name="personMode" label={label}>
        <Radio.Group
          aria-label={label}
          options={[
            { value: 'existing', label: t('rosterEdit.existingPerson') },
            { value: 'new', label: t('rosterEdit.newPerson') },
          ]}
        />
      </Form.Item>
      {mode === 'new' ? (
        <>
          <Form.Item name="fullName" label={t('rosterEdit.fullName')} rules={[...required, { whitespace: true, message: t('form.required') }]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('rosterEdit.email')} rules={[{ type: 'email', message: t('rosterEdit.badEmail') }]}>
            <Input maxLength={254} inputMode="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label={t('rosterEdit.phone')} rules={[{ pattern: /^\+?[0-9 .()-]{6,24}$/, message: t('rosterEdit.badPhone') }]}>
            <Input maxLength={24} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="personId" label={t('rosterEdit.choosePerson')} rules={required}>
          <Select options={options} loading={loading} showSearch={{ optionFilterProp: 'label' }} notFoundContent={t('rosterEdit.noPerson')} />
        </Form.Item>
      )}
    </>
  );
}
