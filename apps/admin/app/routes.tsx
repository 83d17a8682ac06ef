// The app's pages, each its own chunk (lazy), under /t/:tenant so that a link names the province it shows.
import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { api, ok } from './api/client';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { isPlatformUser } from './session/roles';
import { useSession } from './session/session';

const page = <T extends Record<string, () => ReactNode>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as () => ReactNode }));

const DashboardPage = page(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const AuditPage = page(() => import('./pages/audit/AuditPage'), 'AuditPage');
const TimeTravelPage = page(() => import('./pages/time-travel/TimeTravelPage'), 'TimeTravelPage');
const RosterPage = page(() => import('./pages/roster/RosterPage'), 'RosterPage');
const MeetingsPage = page(() => import('./pages/meetings/MeetingsPage'), 'MeetingsPage');
const MeetingPage = page(() => import('./pages/meetings/MeetingPage'), 'MeetingPage');
const ReportingPage = page(() => import('./pages/reporting/ReportingPage'), 'ReportingPage');
const BudgetPage = page(() => import('./pages/budget/BudgetPage'), 'BudgetPage');
const RegulationPage = page(() => import('./pages/regulation/RegulationPage'), 'RegulationPage');

export const Loading = () => <Spin style={{ display: 'block', margin: '48px auto' }} />;

function RequireSession() {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

/** `/`: the first province the user may look at (a platform user: the first of every province). */
function Home() {
  const { t } = useTranslation();
  const { me } = useSession();
  const platform = me ? isPlatformUser(me.roles) : false;
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => ok(api.GET('/api/tenants')), enabled: platform });
  if (!me || (platform && tenants.isPending)) return <Loading />;
  const first = platform ? tenants.data?.find((tenant) => tenant.status === 'active')?.code : me.roles.find((grant) => grant.tenant)?.tenant;
  if (!first) return <Result status="info" title={t('home.noTenant')} />;
  return <Navigate to={`/t/${first}/dashboard`} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.pageNotFound')} />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<Home />} />
          <Route path="t/:tenant" element={<AppLayout />}>
            <Route index element={<Navigate to="dashboard" replace />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="time-travel" element={<TimeTravelPage />} />
            <Route path="roster" element={<RosterPage />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/:meetingId" element={<MeetingPage />} />
            <Route path="reporting" element={<ReportingPage />} />
            <Route path="budget" element={<BudgetPage />} />
            <Route path="regulation" element={<RegulationPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
