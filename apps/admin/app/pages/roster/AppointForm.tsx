// Appoint a person to the committee (the secretariat or the tenant admin): the person (one already registered or
// a new one), the role, the agency they represent, and the decision that appoints them. The regulation in force
// on the day the seat is taken judges the composition (one chair, the standing members it lists…); a refusal
// shows beside the form with its rule and article.
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmit } from '../../components/useSubmit';
import { DecisionFields, decisionBody, MEMBER_ROLES, PersonFields, rosterQueries, usePersonChoice, useRequired, type DecisionValues, type MemberRole, type PersonValues } from './fields';

type Values = PersonValues & DecisionValues & { role: MemberRole; agencyId: string };

export function AppointForm({ tenant, committeeId, serving, onDone, onCancel }: { tenant: string; committeeId: string; serving: ReadonlySet<string>; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const required = useRequired();
  const { people, loading, personIdOf } = usePersonChoice(tenant, form);
  const agencies = useQuery({ queryKey: ['agencies', tenant], queryFn: () => ok(api.GET('/api/tenants/{tenant}/membership/agencies', { params: { path: { tenant } } })) });
  // an agency merged into another names nobody any more (MEMBERSHIP-agency-merged): its successor does
  const agencyOptions = (agencies.data ?? []).filter((agency) => agency.mergedInto === null).map((agency) => ({ value: agency.agencyId, label: agency.name }));
  const { submit, pending, problem } = useSubmit(
    form,
    async (values: Values) => {
      const personId = await personIdOf(values);
      return ok(
        api.POST('/api/tenants/{tenant}/membership/committees/{committeeId}/members', {
          params: { path: { tenant, committeeId } },
          body: { personId, role: values.role, agencyId: values.agencyId, ...decisionBody(values) },
        }),
      );
    },
    { invalidates: rosterQueries(tenant), onDone },
  );
  return (
    <Form form={form} layout="vertical" name="appoint-member" onFinish={submit} initialValues={{ personMode: 'existing', role: 'member' }}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <PersonFields label={t('rosterEdit.person')} people={people} loading={loading} exclude={serving} />
      <Form.Item name="role" label={t('rosterEdit.role')} rules={required}>
        <Select options={MEMBER_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      </Form.Item>
      <Form.Item name="agencyId" label={t('rosterEdit.agency')} rules={required}>
        <Select options={agencyOptions} loading={agencies.isPending} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <DecisionFields />
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('rosterEdit.appoint')}
        </Button>
        <Button onClick={onCancel}>{t('rosterEdit.cancel')}</Button>
      </Space>
    </Form>
  );
}
