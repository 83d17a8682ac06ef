// The changes to one member, each by its own form: a new role or a dismissal (by decision), and the long absence of
// Thanh Hóa 2014 Điều 2.4 (the agency's written notice, the replacement it proposes, the decision appointing the
// replacement, or the member's return). Each sends the member's revision the roster showed (If-Match), so a change
// someone else made meanwhile is refused rather than overwritten; the platform judges the rest and a refusal shows
// beside the form with its rule and article.
import { Button, Form, Input, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Body } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { formatDate } from '../../lib/format';
import {
  day,
  DateField,
  DecisionFields,
  decisionBody,
  MEMBER_ROLES,
  PersonFields,
  rosterQueries,
  usePersonChoice,
  useRequired,
  type DecisionValues,
  type MemberRole,
  type PendingSeat,
  type PersonValues,
  type RosterMember,
} from './fields';

export type MemberFormProps = { tenant: string; committeeId: string; member: RosterMember; onDone: () => void; onCancel: () => void };

const ABSENCE_REASONS: readonly Body<'notifyLongAbsence'>['reason'][] = ['work-trip', 'study', 'leave', 'retirement', 'personnel-change'];

/** The path and the member's ETag every member change is sent with. */
function memberParams({ tenant, committeeId, member }: MemberFormProps) {
  return { path: { tenant, committeeId, memberId: member.memberId }, header: { 'If-Match': `"${member.revision}"` } };
}

/** A member form: its refusal first, then its fields, then send and cancel. */
function MemberForm<V>(props: { name: string; form: FormInstance<V>; submit: (values: V) => void; pending: boolean; problem: unknown; action: string; danger?: boolean; initialValues?: Partial<V>; onCancel: () => void; children: ReactNode }) {
  const { name, form, submit, pending, problem, action, danger, initialValues, onCancel, children } = props;
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical" name={name} onFinish={submit} initialValues={initialValues}>
      {problem ? <ProblemAlert error={problem} /> : null}
      {children}
      <Space wrap>
        <Button type="primary" danger={danger} htmlType="submit" loading={pending}>
          {action}
        </Button>
        <Button onClick={onCancel}>{t('rosterEdit.cancel')}</Button>
      </Space>
    </Form>
  );
}

export function ChangeRoleForm(props: MemberFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionValues & { role: MemberRole }>();
  const required = useRequired();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: DecisionValues & { role: MemberRole }) => ok(api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/role', { params: memberParams(props), body: { role: values.role, ...decisionBody(values) } })),
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="change-role" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.changeRole')} onCancel={props.onCancel}>
      <Typography.Paragraph>{t('rosterEdit.currentRole', { role: t(`role.${props.member.role}`) })}</Typography.Paragraph>
      <Form.Item name="role" label={t('rosterEdit.newRole')} rules={required}>
        {/* the same role again changes nothing: not offered */}
        <Select options={MEMBER_ROLES.filter((role) => role !== props.member.role).map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      </Form.Item>
      <DecisionFields />
    </MemberForm>
  );
}

export function DismissForm(props: MemberFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionValues>();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: DecisionValues) => ok(api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/dismissal', { params: memberParams(props), body: decisionBody(values) })),
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="dismiss-member" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.dismiss')} danger onCancel={props.onCancel}>
      <Typography.Paragraph>{t('rosterEdit.dismissHelp')}</Typography.Paragraph>
      <DecisionFields />
    </MemberForm>
  );
}

type AbsenceValues = { reason: Body<'notifyLongAbsence'>['reason']; from: Dayjs; expectedUntil?: Dayjs | null; noticeReference: string; notifiedOn: Dayjs };

export function LongAbsenceForm(props: MemberFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AbsenceValues>();
  const required = useRequired();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: AbsenceValues) =>
      ok(
        api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/long-absence', {
          params: memberParams(props),
          body: { reason: values.reason, from: day(values.from), expectedUntil: values.expectedUntil ? day(values.expectedUntil) : null, noticeReference: values.noticeReference.trim(), notifiedOn: day(values.notifiedOn) },
        }),
      ),
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="long-absence" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.notifyLongAbsence')} onCancel={props.onCancel}>
      <Typography.Paragraph>{t('rosterEdit.longAbsenceHelp')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('rosterEdit.reason')} rules={required}>
        <Select options={ABSENCE_REASONS.map((reason) => ({ value: reason, label: t(`rosterEdit.reasons.${reason}`) }))} />
      </Form.Item>
      <DateField name="from" label={t('rosterEdit.absentFrom')} />
      <DateField name="expectedUntil" label={t('rosterEdit.expectedUntil')} extra={t('rosterEdit.expectedUntilHelp')} optional />
      <Form.Item name="noticeReference" label={t('rosterEdit.noticeReference')} extra={t('rosterEdit.noticeReferenceHelp')} rules={[...required, { whitespace: true, message: t('form.required') }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <DateField name="notifiedOn" label={t('rosterEdit.notifiedOn')} extra={t('rosterEdit.notifiedOnHelp')} />
    </MemberForm>
  );
}

export function EndLongAbsenceForm(props: MemberFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const { submit, pending, problem } = useSubmit(
    form,
    (values: { endedOn: Dayjs }) => ok(api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/long-absence/end', { params: memberParams(props), body: { endedOn: day(values.endedOn) } })),
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="end-long-absence" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.endLongAbsence')} onCancel={props.onCancel}>
      <DateField name="endedOn" label={t('rosterEdit.endedOn')} />
    </MemberForm>
  );
}

type ProposalValues = PersonValues & { proposedOn: Dayjs; proposalReference: string };

export function ProposeReplacementForm(props: MemberFormProps & { serving: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProposalValues>();
  const required = useRequired();
  const { people, loading, personIdOf } = usePersonChoice(props.tenant, form);
  const { submit, pending, problem } = useSubmit(
    form,
    async (values: ProposalValues) => {
      const personId = await personIdOf(values);
      return ok(
        api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/long-absence/replacement-proposal', {
          params: memberParams(props),
          body: { personId, proposedOn: day(values.proposedOn), proposalReference: values.proposalReference.trim() },
        }),
      );
    },
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="propose-replacement" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.proposeReplacement')} initialValues={{ personMode: 'existing' }} onCancel={props.onCancel}>
      <PersonFields label={t('rosterEdit.proposedPerson')} people={people} loading={loading} exclude={props.serving} />
      <Form.Item name="proposalReference" label={t('rosterEdit.proposalReference')} extra={t('rosterEdit.noticeReferenceHelp')} rules={[...required, { whitespace: true, message: t('form.required') }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <DateField name="proposedOn" label={t('rosterEdit.proposedOn')} />
    </MemberForm>
  );
}

export function AppointReplacementForm(props: MemberFormProps & { seat: PendingSeat | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionValues>();
  const proposal = props.seat?.proposal;
  const { submit, pending, problem } = useSubmit(
    form,
    (values: DecisionValues) => ok(api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members/{memberId}/long-absence/replacement', { params: memberParams(props), body: decisionBody(values) })),
    { invalidates: rosterQueries(props.tenant), onDone: props.onDone },
  );
  return (
    <MemberForm name="appoint-replacement" form={form} submit={submit} pending={pending} problem={problem} action={t('rosterEdit.appointReplacement')} onCancel={props.onCancel}>
      {proposal && (
        <Typography.Paragraph>
          {t('rosterEdit.proposal', { name: proposal.person.fullName ?? t('roster.erased'), reference: proposal.proposalReference, date: formatDate(proposal.proposedOn), role: t(`role.${props.member.role}`) })}
        </Typography.Paragraph>
      )}
      <DecisionFields />
    </MemberForm>
  );
}
