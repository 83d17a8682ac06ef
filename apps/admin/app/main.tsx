// The admin app's entry: i18n, the data layer (TanStack Query), Ant Design in the user's language, the router.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import './i18n';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session';
import { theme } from './theme';

const queryClient = new QueryClient({
  // A refusal (4xx) does not get better by asking again.
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !(error as { status?: number }).status, staleTime: 30_000 } },
});

function Localised() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'vi');
  return (
    <ConfigProvider locale={english ? enUS : viVN} theme={theme} componentSize="middle">
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Localised />
    </QueryClientProvider>
  </StrictMode>,
);
