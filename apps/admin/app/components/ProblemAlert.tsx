// A failed call shown to a person: the headline in their language, the rule and article a refusal cites, the
// platform's own words, and the correlation id to quote when reporting it.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../lib/format';
import { ApiProblem, problemHeadline } from '../lib/problem';

export function ProblemAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t, i18n } = useTranslation();
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
          {problem.rule && (
            <div>
              {t('problem.rule')}: <code>{problem.rule}</code>
            </div>
          )}
          {problem.detail && (
            <div>
              {t('problem.detail')}: {problem.detail}
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
