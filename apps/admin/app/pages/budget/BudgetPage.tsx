// The budget: for a fiscal year, each holder's budget with its execution per line (appropriated, spent, remaining,
// rate; whole đồng), and the special expenditures through their flow: proposed → Sở Tài chính's opinion → the
// chair's decision → spent (Thanh Hóa 2018 Điều 11.2; SpecialExpenditures.tsx). The year is in the address
// (?year=2019), so a year's page can be linked to.
import { useQuery } from '@tanstack/react-query';
import { Progress, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPercent, formatVnd, todayInVietnam, type Language } from '../../lib/format';
import { useTenant } from '../../session/session';
import { useAgencies } from '../meetings/roster-names';
import { SpecialExpenditures } from './SpecialExpenditures';

export function BudgetPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const tenant = useTenant();
  const agencies = useAgencies(tenant);
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [search, setSearch] = useSearchParams();
  const fiscalYear = Number(search.get('year')) || thisYear;
  const budgets = useQuery({ queryKey: ['budgets', tenant, fiscalYear], queryFn: () => ok(api.GET('/api/tenants/{tenant}/budget/years', { params: { path: { tenant }, query: { fiscalYear } } })) });
  const vnd = (amount: string) => formatVnd(amount, language);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('budget.title')}
      </Typography.Title>
      <div className="bcd-toolbar">
        <Select aria-label={t('budget.year')} value={fiscalYear} onChange={(year: number) => setSearch({ year: String(year) })} style={{ width: 120 }} options={Array.from({ length: thisYear - 2007 }, (_, i) => ({ value: thisYear + 1 - i, label: String(thisYear + 1 - i) }))} />
      </div>
      {budgets.error && <ProblemAlert error={budgets.error} />}
      {(budgets.data ?? []).length === 0 && !budgets.isPending && <Typography.Paragraph>{t('budget.none')}</Typography.Paragraph>}
      {(budgets.data ?? []).map((budget) => (
        <section key={budget.budgetId} style={{ marginBottom: 20 }}>
          <Typography.Title level={2} style={{ fontSize: 17 }}>
            {t('budget.fiscalYear', { year: budget.fiscalYear })} — {agencies.get(budget.holderAgencyId) ?? '…'} <Tag>{t(`budgetStage.${budget.stage}`)}</Tag>
          </Typography.Title>
          <Table
            size="small"
            rowKey="lineId"
            pagination={false}
            scroll={{ x: 800 }}
            dataSource={budget.execution?.lines ?? []}
            summary={() =>
              budget.execution ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('budget.total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{vnd(budget.execution.totals.appropriated)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{vnd(budget.execution.totals.spent)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">{vnd(budget.execution.totals.remaining)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">{formatPercent(budget.execution.totals.rate, language)}</Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
            columns={[
              { title: t('budget.line'), dataIndex: 'title' },
              { title: t('budget.appropriated'), dataIndex: 'appropriated', align: 'right', render: vnd },
              { title: t('budget.spent'), dataIndex: 'spent', align: 'right', render: vnd },
              { title: t('budget.remaining'), dataIndex: 'remaining', align: 'right', render: vnd },
              {
                title: t('budget.rate'),
                dataIndex: 'rate',
                align: 'right',
                render: (rate: string | null) => (
                  <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                    {formatPercent(rate, language)}
                    <Progress percent={rate ? Math.min(100, Number(rate)) : 0} showInfo={false} size="small" style={{ width: 60, margin: 0 }} aria-label={formatPercent(rate, language)} />
                  </span>
                ),
              },
            ]}
          />
        </section>
      ))}
      <SpecialExpenditures tenant={tenant} fiscalYear={fiscalYear} budgets={budgets.data ?? []} holderName={(agencyId) => agencies.get(agencyId) ?? '…'} />
    </>
  );
}
