// The frame of every tenant page: the navigation (a side column on wide screens, a drawer on a phone), the
// province switcher for platform roles, the language switch and sign-out; the page itself in <main>.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useFocusableScroll } from '../components/useFocusableScroll';
import { Loading } from '../routes';
import type { OperationId } from '../session/roles';
import { useCan, useSession, useTenant } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { TenantSwitcher } from './TenantSwitcher';
import './layout.css';

/** The pages, each shown to whoever may call the operation it reads. */
const PAGES: { path: string; label: string; reads: OperationId }[] = [
  { path: 'dashboard', label: 'nav.dashboard', reads: 'getTenantKpis' },
  { path: 'audit', label: 'nav.audit', reads: 'searchAuditTrail' },
  { path: 'time-travel', label: 'nav.timeTravel', reads: 'getTenantAsOf' },
  { path: 'roster', label: 'nav.roster', reads: 'listCommittees' },
  { path: 'meetings', label: 'nav.meetings', reads: 'listMeetings' },
  { path: 'reporting', label: 'nav.reporting', reads: 'listObligations' },
  { path: 'budget', label: 'nav.budget', reads: 'listBudgets' },
  { path: 'regulation', label: 'nav.regulation', reads: 'listRegulations' },
];

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const can = useCan();
  return (
    <nav aria-label={t('nav.label')} className="bcd-nav">
      <ul>
        {PAGES.filter((page) => can(page.reads)).map((page) => (
          <li key={page.path}>
            <NavLink to={`/t/${tenant}/${page.path}`} onClick={onNavigate}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { me, logOut } = useSession();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [menuOpen, setMenuOpen] = useState(false);
  useFocusableScroll();
  return (
    <Layout className="bcd-layout">
      <a className="bcd-skip" href="#main">
        {t('nav.skip')}
      </a>
      {wide && (
        <Layout.Sider width={220} theme="light" className="bcd-sider">
          <Typography.Title level={2} className="bcd-brand">
            {t('app.title')}
          </Typography.Title>
          <Navigation />
        </Layout.Sider>
      )}
      <Drawer open={!wide && menuOpen} onClose={() => setMenuOpen(false)} placement="left" size={260} title={t('app.title')}>
        <Navigation onNavigate={() => setMenuOpen(false)} />
      </Drawer>
      <Layout>
        <Layout.Header className="bcd-header">
          {!wide && <Button icon={<MenuOutlined />} aria-label={t('nav.open')} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)} />}
          <TenantSwitcher />
          <span className="bcd-header-spacer" />
          <LanguageSwitch />
          {me && <span className="bcd-user">{me.username}</span>}
          <Button onClick={logOut}>{t('login.logOut')}</Button>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="bcd-content">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
