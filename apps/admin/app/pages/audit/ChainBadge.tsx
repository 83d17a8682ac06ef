// "Chain verified": the tenant's transparency log checked against its events (every leaf recomputed, every signed
// checkpoint's root reproduced), with the last signed checkpoint, which an auditor can keep and check offline.
import { SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Collapse, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, fetchText, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInteger, type Language } from '../../lib/format';
import { STATUS_COLOURS } from '../../theme';

export function ChainBadge({ tenant }: { tenant: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const verification = useQuery({
    queryKey: ['audit-verification', tenant],
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/audit/log/verification', { params: { path: { tenant } } })),
  });
  const checkpoint = useQuery({
    queryKey: ['audit-checkpoint', tenant],
    queryFn: () => fetchText(`/api/tenants/${encodeURIComponent(tenant)}/audit/log/checkpoint`),
    retry: false,
  });
  if (verification.isPending) return <Spin />;
  if (verification.error) return <ProblemAlert error={verification.error} />;
  const result = verification.data;
  const colours = result.valid ? STATUS_COLOURS.green : STATUS_COLOURS.red;
  const latest = result.checkpoints.latest;
  return (
    <section aria-label={t('audit.chain')} style={{ marginBottom: 16 }}>
      <div role="status" data-chain={result.valid ? 'verified' : 'broken'} style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 12px', borderRadius: 4, border: `1px solid ${colours.border}`, background: colours.background, color: colours.text, fontWeight: 600 }}>
        {result.valid ? <SafetyCertificateOutlined aria-hidden /> : <WarningOutlined aria-hidden />}
        {result.valid ? t('audit.chainVerified') : t('audit.chainBroken')}
      </div>
      <Typography.Paragraph style={{ marginTop: 8, overflowWrap: 'anywhere' }}>
        {t('audit.chainFacts', {
          events: formatInteger(result.events, language),
          verified: formatInteger(result.checkpoints.verified, language),
          total: formatInteger(result.checkpoints.total, language),
        })}
        {latest && ` ${t('audit.lastCheckpoint', { size: formatInteger(latest.size, language), root: latest.rootHash })}`}
      </Typography.Paragraph>
      {result.firstBadEvent && <Alert type="error" title={t('audit.firstBad', { position: result.firstBadEvent.position, problem: result.firstBadEvent.problem })} description={result.firstBadEvent.detail} />}
      {checkpoint.data && (
        <Collapse
          size="small"
          items={[{ key: 'checkpoint', label: t('audit.signedCheckpoint'), children: <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{checkpoint.data}</pre> }]}
        />
      )}
    </section>
  );
}
