// The province being looked at. Platform roles pick any province; a user of one province sees its name.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import { isPlatformUser } from '../session/roles';
import { useSession, useTenant } from '../session/session';

export function TenantSwitcher() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => ok(api.GET('/api/tenants')), enabled: !!me });
  const mine = me && !isPlatformUser(me.roles) ? new Set(me.roles.map((grant) => grant.tenant)) : null;
  const options = (tenants.data ?? []).filter((entry) => entry.status === 'active' && (!mine || mine.has(entry.code))).map((entry) => ({ value: entry.code, label: entry.name }));
  if (options.length <= 1) {
    return <strong className="bcd-tenant">{options[0]?.label ?? tenant}</strong>;
  }
  return (
    <Select
      aria-label={t('tenant.switch')}
      value={tenant}
      options={options}
      style={{ minWidth: 180 }}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(code: string) => {
        // the same page in the other province (a meeting of one province names nothing in another)
        const page = location.pathname.split('/')[3] ?? 'dashboard';
        void navigate(`/t/${code}/${page}`);
      }}
    />
  );
}
