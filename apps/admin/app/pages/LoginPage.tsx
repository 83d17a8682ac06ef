// Sign in with a username and password (POST /api/auth/login); then back to where the user was going.
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import type { Language } from '../lib/format';
import { ApiProblem, problemHeadline } from '../lib/problem';
import { useSession } from '../session/session';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signedIn, logIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (signedIn) return <Navigate to={from} replace />;

  const submit = async ({ username, password }: { username: string; password: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await logIn(username, password);
      void navigate(from, { replace: true });
    } catch (error) {
      const problem = error instanceof ApiProblem ? error.problem : null;
      setFailure(problem?.status === 401 ? t('login.wrong') : problem ? problemHeadline(problem, i18n.language as Language) : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="bcd-login">
      <Card style={{ width: 'min(400px, 100%)' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        <Form layout="vertical" name="login" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('form.required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('form.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {failure && <Alert role="alert" type="error" title={failure} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
