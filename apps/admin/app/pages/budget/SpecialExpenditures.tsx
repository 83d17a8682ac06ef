// The special expenditures of a fiscal year (chi đặc thù, Thanh Hóa 2018 Điều 11.2) and their flow: proposed by the
// standing agency → Sở Tài chính's coordination opinion → the decision of the one the regulation names → spent.
// Each row names its stage; it opens onto the expenditure as the API holds it, with the flow's steps, and the step it
// waits for is offered there, only to a role the API lets call it (useCan) and only while the budget is open and
// the expenditure is at that step.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Drawer, Grid, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Answer } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatVnd, type Language } from '../../lib/format';
import { useCan } from '../../session/session';
import { STATUS_COLOURS } from '../../theme';
import { CoordinateSpecialForm, type Special } from './CoordinateSpecialForm';
import { DecideSpecialForm } from './DecideSpecialForm';
import { ProposeSpecialForm, type Budget } from './ProposeSpecialForm';

type Listed = Answer<'listSpecialExpenditures'>[number];
export type SpecialStage = 'proposed' | 'coordinated' | 'approved' | 'spent' | 'rejected';

/** Where an expenditure stands, in the flow's own order ("approved" splits on whether anything was spent yet). */
export function stageOf(special: Pick<Special, 'status' | 'spent'>): SpecialStage {
  if (special.status === 'approved') return BigInt(special.spent) > 0n ? 'spent' : 'approved';
  return special.status;
}

// the step of the four (proposed, opinion, decision, spent) each stage is at: the next one to happen
const CURRENT: Record<SpecialStage, number> = { proposed: 1, coordinated: 2, rejected: 2, approved: 3, spent: 4 };
// the app's status colours (theme.ts), which keep AA contrast: waiting amber, approved green, rejected red
const COLOURS: Record<SpecialStage, (typeof STATUS_COLOURS)[keyof typeof STATUS_COLOURS]> = { proposed: STATUS_COLOURS.amber, coordinated: STATUS_COLOURS.amber, approved: STATUS_COLOURS.green, spent: STATUS_COLOURS.green, rejected: STATUS_COLOURS.red };

function StageTag({ special }: { special: Pick<Special, 'status' | 'spent'> }) {
  const { t } = useTranslation();
  const stage = stageOf(special);
  const colours = COLOURS[stage];
  return (
    <Tag style={{ color: colours.text, background: colours.background, borderColor: colours.border }} data-stage={stage}>
      {t(`specialExpenditure.stage.${stage}`)}
    </Tag>
  );
}

function Flow({ special }: { special: Pick<Special, 'status' | 'spent'> }) {
  const { t } = useTranslation();
  const stage = stageOf(special);
  return (
    <Steps
      size="small"
      current={CURRENT[stage]}
      status={stage === 'rejected' ? 'error' : stage === 'spent' ? 'finish' : 'process'}
      items={[{ title: t('budget.flowProposed') }, { title: t('budget.flowCoordinated') }, { title: stage === 'rejected' ? t('budget.flowRejected') : t('budget.flowApproved') }, { title: t('budget.flowSpent') }]}
    />
  );
}

export function SpecialExpenditures({ tenant, fiscalYear, budgets, holderName }: { tenant: string; fiscalYear: number; budgets: Budget[]; holderName: (agencyId: string) => string }) {
  const { t, i18n } = useTranslation();
  const vnd = (amount: string | null) => (amount === null ? '—' : formatVnd(amount, i18n.language as Language));
  const can = useCan();
  const wide = Grid.useBreakpoint().md ?? true;
  const [proposing, setProposing] = useState(false);
  const [shown, setShown] = useState<{ budgetId: string; itemId: string } | null>(null);
  const specials = useQuery({ queryKey: ['special-expenditures', tenant, fiscalYear], queryFn: () => ok(api.GET('/api/tenants/{tenant}/budget/special-expenditures', { params: { path: { tenant }, query: { fiscalYear } } })) });
  // a special expenditure is proposed on an appropriated budget only (settled ones take no more)
  const open = budgets.filter((budget) => budget.stage === 'appropriated');
  const shownBudget = budgets.find((budget) => budget.budgetId === shown?.budgetId);

  return (
    <section aria-labelledby="special-expenditures">
      <div className="bcd-toolbar" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }} id="special-expenditures">
          {t('budget.special')}
        </Typography.Title>
        {can('proposeSpecialExpenditure') && open.length > 0 && (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('specialExpenditure.propose')}
          </Button>
        )}
      </div>
      {specials.error && <ProblemAlert error={specials.error} />}
      <Table
        size="small"
        rowKey="specialExpenditureId"
        loading={specials.isPending}
        pagination={false}
        scroll={{ x: 1000 }}
        dataSource={specials.data ?? []}
        locale={{ emptyText: t('budget.noSpecial') }}
        columns={[
          {
            title: t('budget.specialTitle'),
            dataIndex: 'title',
            width: 240,
            render: (title: string, special: Listed) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setShown({ budgetId: special.budgetId, itemId: special.specialExpenditureId })}>
                {title}
              </Button>
            ),
          },
          { title: t('specialExpenditure.holder'), dataIndex: 'holderAgencyId', width: 180, render: holderName },
          { title: t('specialExpenditure.amount'), dataIndex: 'amount', align: 'right', render: vnd },
          { title: t('budget.proposedOn'), dataIndex: 'proposedOn', render: formatDate },
          { title: t('specialExpenditure.stageLabel'), key: 'stage', render: (_: unknown, special: Listed) => <StageTag special={special} /> },
          { title: t('specialExpenditure.approvedAmount'), key: 'approved', align: 'right', render: (_: unknown, special: Listed) => vnd(special.decision?.approvedAmount ?? null) },
          { title: t('budget.spent'), dataIndex: 'spent', align: 'right', render: vnd },
          { title: t('specialExpenditure.article'), key: 'article', render: (_: unknown, special: Listed) => special.regulation.article },
        ]}
      />
      <Drawer open={proposing} onClose={() => setProposing(false)} title={t('specialExpenditure.propose')} size={wide ? 520 : '100%'} destroyOnHidden>
        <ProposeSpecialForm
          tenant={tenant}
          budgets={open}
          holderName={holderName}
          onDone={({ budgetId, itemId }) => {
            setProposing(false);
            if (itemId) setShown({ budgetId, itemId });
          }}
        />
      </Drawer>
      <Drawer open={shown !== null} onClose={() => setShown(null)} title={t('specialExpenditure.detail')} size={wide ? 600 : '100%'} destroyOnHidden>
        {shown && <SpecialDetail key={shown.itemId} tenant={tenant} budgetId={shown.budgetId} itemId={shown.itemId} budget={shownBudget} />}
      </Drawer>
    </section>
  );
}

/** One special expenditure as the API holds it, and the step it waits for where the caller may take it. */
function SpecialDetail({ tenant, budgetId, itemId, budget }: { tenant: string; budgetId: string; itemId: string; budget: Budget | undefined }) {
  const { t, i18n } = useTranslation();
  const vnd = (amount: string) => formatVnd(amount, i18n.language as Language);
  const can = useCan();
  const item = useQuery({
    queryKey: ['special-expenditure', tenant, budgetId, itemId],
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/budget/years/{budgetId}/special-expenditures/{itemId}', { params: { path: { tenant, budgetId, itemId } } })),
  });
  if (item.error) return <ProblemAlert error={item.error} />;
  if (!item.data) return <Spin />;
  const special = item.data;
  const { coordination, decision } = special;
  const line = budget?.execution?.lines.find((l) => l.lineId === special.lineId);
  // steps are recorded on an unsettled budget only; its version goes with each as If-Match
  const budgetOpen = budget?.stage === 'appropriated';

  return (
    <div data-testid="special-expenditure">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {special.title} <StageTag special={special} />
      </Typography.Title>
      <Flow special={special} />
      <Descriptions size="small" bordered column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('specialExpenditure.line')}>{line ? line.title : special.lineId}</Descriptions.Item>
        <Descriptions.Item label={t('specialExpenditure.amount')}>
          <span data-testid="special-amount">{vnd(special.amount)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('specialExpenditure.reason')}>{special.reason}</Descriptions.Item>
        <Descriptions.Item label={t('specialExpenditure.proposedOn')}>{formatDate(special.proposedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('budget.flowCoordinated')}>
          {coordination ? (
            <span data-testid="special-coordination">
              {t('specialExpenditure.coordinationText', {
                date: formatDate(coordination.coordinatedOn),
                verdict: coordination.agrees ? t('specialExpenditure.agreesYes') : t('specialExpenditure.agreesNo'),
                amount: coordination.agreedAmount ? vnd(coordination.agreedAmount) : '—',
                opinion: coordination.opinion,
              })}
            </span>
          ) : (
            t('specialExpenditure.notYet')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('specialExpenditure.decisionSection')}>
          {decision ? (
            <span data-testid="special-decision">
              {t('specialExpenditure.decisionText', {
                date: formatDate(decision.decidedOn),
                verdict: decision.approved ? t('specialExpenditure.approve') : t('specialExpenditure.reject'),
                amount: decision.approvedAmount ? vnd(decision.approvedAmount) : '—',
                role: t(`role.${decision.decidedBy.role}`, { defaultValue: decision.decidedBy.role }),
                article: decision.article,
              })}
              {decision.note ? ` — ${decision.note}` : ''}
            </span>
          ) : (
            t('specialExpenditure.notYet')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('budget.spent')}>{vnd(special.spent)}</Descriptions.Item>
        <Descriptions.Item label={t('specialExpenditure.article')}>{special.regulation.article}</Descriptions.Item>
      </Descriptions>
      {budget && budgetOpen && can('coordinateSpecialExpenditure') && special.status === 'proposed' && (
        <Card size="small" title={t('specialExpenditure.coordinate')} style={{ marginTop: 16 }}>
          <CoordinateSpecialForm tenant={tenant} budgetId={budgetId} version={budget.version} special={special} />
        </Card>
      )}
      {budget && budgetOpen && can('decideSpecialExpenditure') && special.status === 'coordinated' && (
        <Card size="small" title={t('specialExpenditure.decide')} style={{ marginTop: 16 }}>
          <DecideSpecialForm tenant={tenant} budgetId={budgetId} version={budget.version} special={special} />
        </Card>
      )}
    </div>
  );
}
