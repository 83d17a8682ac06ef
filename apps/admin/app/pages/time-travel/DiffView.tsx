// What changed between two moments (GET /api/tenants/:tenant/as-of/diff): members who joined, left or changed
// role, the regulation, meetings, obligations, action items and budget lines, each listed in words.
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { formatDate, formatVnd, type Language } from '../../lib/format';

type Diff = Answer<'getTenantDiff'>;

export function DiffView({ diff }: { diff: Diff }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const seat = (s: { fullName: string | null; role: string; agency: string | null }) => `${s.fullName ?? t('roster.erased')} — ${t(`role.${s.role}`)}, ${s.agency ?? ''}`;
  const bucket = (value: string | null) => (value ? t(`kpi.bucket.${value}`) : '—');
  const lines: string[] = [
    ...diff.roster.joined.map((s) => `${t('diff.joined')}: ${seat(s)}`),
    ...diff.roster.left.map((s) => `${t('diff.left')}: ${seat(s)}`),
    ...diff.roster.roleChanged.map((c) => `${t('diff.roleChanged')}: ${c.after.fullName ?? t('roster.erased')} — ${t(`role.${c.before.role}`)} → ${t(`role.${c.after.role}`)}`),
    ...(diff.regulation ? [`${t('diff.regulation')}: ${diff.regulation.before?.title ?? '—'} → ${diff.regulation.after?.title ?? '—'}`] : []),
    ...diff.meetings.added.map((m) => `${t('diff.meetingAdded')}: ${t(`meetingKind.${m.kind}`)} ${formatDate(m.scheduledOn)}`),
    ...diff.meetings.statusChanged.map((m) => `${t('diff.meetingStatus')}: ${t(`meetingKind.${m.kind}`)} ${formatDate(m.scheduledOn)} — ${t(`meetingStatus.${m.before}`)} → ${t(`meetingStatus.${m.after}`)}`),
    ...diff.obligations.added.map((o) => `${t('diff.obligationAdded')}: ${o.reporterName ?? ''} ${o.period ?? ''}`),
    ...diff.obligations.changed.map((o) => `${t('diff.obligationChanged')}: ${o.reporterName ?? ''} ${o.period ?? ''} — ${t(`obligationStatus.${o.before.status}`)} → ${t(`obligationStatus.${o.after.status}`)} (${bucket(o.after.bucket)})`),
    ...diff.actionItems.added.map((a) => `${t('diff.itemAdded')}: ${a.description}`),
    ...diff.actionItems.changed.map((a) => `${t('diff.itemChanged')}: ${a.description} — ${bucket(a.before.bucket)} → ${bucket(a.after.bucket)}`),
    ...diff.budgets.lines.map((l) => `${t('diff.budgetLine', { year: l.fiscalYear })}: ${l.title} — ${t('budget.spent')} ${formatVnd(l.spent.before, language)} → ${formatVnd(l.spent.after, language)}`),
  ];
  return (
    <section aria-labelledby="diff-title">
      <Typography.Title level={2} id="diff-title" style={{ fontSize: 17, marginTop: 20 }}>
        {t('diff.title', { from: formatDate(diff.from.date), to: formatDate(diff.to.date) })}
      </Typography.Title>
      <List size="small" bordered dataSource={lines} locale={{ emptyText: t('diff.none') }} renderItem={(line) => <List.Item>{line}</List.Item>} data-testid="diff" />
    </section>
  );
}
