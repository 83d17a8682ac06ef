// Small pieces of the meeting page: a document's lead-time status, and a signed notice or minutes.
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { STATUS_COLOURS } from '../../theme';

type Meeting = Answer<'getMeeting'>;
type LeadTime = Meeting['documents'][number]['leadTime'];

/** Met, or missed with the rule and article that set the lead time (the flag). */
export function LeadTimeTag({ leadTime }: { leadTime: LeadTime }) {
  const { t } = useTranslation();
  const colours = leadTime.outcome === 'met' ? STATUS_COLOURS.green : leadTime.outcome === 'missed' ? STATUS_COLOURS.red : STATUS_COLOURS.none;
  return (
    <div data-lead-time={leadTime.outcome}>
      <Tag style={{ color: colours.text, background: colours.background, borderColor: colours.border }}>{t(`leadTime.${leadTime.outcome}`)}</Tag>
      {leadTime.latestSendDate && <span>{t('meetings.latestSend', { date: formatDate(leadTime.latestSendDate) })}</span>}
      {leadTime.flag && (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('problem.article')}: <strong>{leadTime.flag.article}</strong>
        </Typography.Paragraph>
      )}
    </div>
  );
}

type Signed = Meeting['minutes'];

export function SignedDocument({ label, signed, nameOf, onDownload }: { label: string; signed: Signed; nameOf: (memberId: string) => string; onDownload: (kind: 'pdf' | 'docx') => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={label} style={{ minWidth: 260 }}>
      {signed ? (
        <>
          <div>
            {t('meetings.number')}: {signed.number}
          </div>
          <div>
            {t('meetings.signedBy')}: {nameOf(signed.signedBy.memberId)} ({t(`role.${signed.signedBy.role}`)}), {formatDateTime(signed.signedAt)}
          </div>
          <div>
            {t('meetings.seal')}: {t(`seal.${signed.seal.kind}`)} — {signed.seal.article}
          </div>
          <Space style={{ marginTop: 8 }}>
            <Button size="small" onClick={() => onDownload('pdf')} aria-label={`${label} PDF`}>
              PDF
            </Button>
            <Button size="small" onClick={() => onDownload('docx')} aria-label={`${label} DOCX`}>
              DOCX
            </Button>
          </Space>
        </>
      ) : (
        t('meetings.notSigned')
      )}
    </Card>
  );
}
