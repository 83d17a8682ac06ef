// A failed call shown to a person: the headline in their language, the rule and article a refusal cites with the
// regulation's own words for it (Vietnamese, from the tenant's adopted pack), the platform's detail (English), and the
// correlation id to quote when reporting it.
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ok } from '../api/client';
import { citedRules } from '../pages/regulation/citations';
import type { Language } from '../lib/format';
import { ApiProblem, problemHeadline } from '../lib/problem';

/** The words the regulation says for a rule `<pack id>/<path>` the tenant adopted, if its pack quotes them. */
function useRuleQuote(rule: string | undefined): string | undefined {
  const { tenant } = useParams();
  const slash = rule?.indexOf('/') ?? -1;
  const adoptions = useQuery({
    // the regulation page's query: one cache
    queryKey: ['regulations', tenant],
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/regulations', { params: { path: { tenant: tenant ?? '' } } })),
    enabled: tenant !== undefined && slash > 0,
    retry: false,
  });
  if (!rule || slash <= 0 || !adoptions.data) return undefined;
  const [packId, path] = [rule.slice(0, slash), rule.slice(slash + 1)];
  const pack = adoptions.data.find((adoption) => adoption.packId === packId)?.pack;
  return citedRules(pack).find((cited) => cited.path === path)?.citation.quote;
}

export function ProblemAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t, i18n } = useTranslation();
  const quote = useRuleQuote(error instanceof ApiProblem ? error.problem.rule : undefined);
  if (!(error instanceof ApiProblem)) return <Alert role="alert" type="error" title={String(error)} style={style} />;
  const { problem } = error;
  return (
    <Alert
      role="alert"
      type="error"
      style={{ marginBottom: 12, ...style }}
      title={problemHeadline(problem, i18n.language as Language)}
      description={
        <>
          {problem.article && (
            <div data-testid="problem-article">
              {t('problem.article')}: <strong>{problem.article}</strong>
            </div>
          )}
          {quote && (
            <div data-testid="problem-quote">
              {t('problem.quote')}: <q lang="vi">{quote}</q>
            </div>
          )}
          {problem.rule && (
            <div>
              {t('problem.rule')}: <code>{problem.rule}</code>
            </div>
          )}
          {problem.detail && (
            <div>
              {t('problem.detail')}: <span lang="en">{problem.detail}</span>
            </div>
          )}
          {problem.correlationId && (
            <div style={{ fontSize: 12 }}>
              {t('problem.correlationId')}: {problem.correlationId}
            </div>
          )}
        </>
      }
    />
  );
}
