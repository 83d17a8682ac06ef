// A period's obligations and their status as CSV or XLSX (export/obligations.export.ts), with the names the
// events do not carry (agencies through MEMBERSHIP_DIRECTORY, the province through the access directory)
// and each obligation's bucket of Báo cáo 1270 as of a day.
import { Inject, Optional } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import { MEMBERSHIP_DIRECTORY, type MembershipDirectory } from '@bcd/contracts';
import { ReadModelDatabase } from '@bcd/service-host';
import { obligationsCsv, obligationsXlsx, type ObligationExportRow } from '../export/obligations.export.js';
import { bucketsOf, obligationsOf } from '../read-model/obligations.query.js';

export type ExportFormat = 'csv' | 'xlsx';

const BODIES: Record<string, string> = { 'standing-agency': 'Cơ quan Thường trực', 'working-group': 'Tổ giúp việc', committee: 'Ban Chỉ đạo' };
const MEDIA_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export class ExportObligationsQuery extends Query<{ fileName: string; mediaType: string; content: Buffer }> {
  constructor(readonly params: { tenant: string; from: LocalDate; to: LocalDate; asOf: LocalDate; format: ExportFormat }) {
    super();
  }
}

@QueryHandler(ExportObligationsQuery)
export class ExportObligationsHandler implements IQueryHandler<ExportObligationsQuery> {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
    @Optional() @Inject(MEMBERSHIP_DIRECTORY) private readonly directory?: MembershipDirectory,
  ) {}

  async execute({ params: { tenant, from, to, asOf, format } }: ExportObligationsQuery) {
    const obligations = await this.db.read((tx) => obligationsOf(tx, tenant, { from, to }));
    const { byItem } = bucketsOf(obligations, asOf);
    const agencyIds = obligations.flatMap((o) => (o.reporter.kind === 'agency' ? [o.reporter.agencyId] : []));
    const [names, province] = await Promise.all([this.directory ? this.directory.agencyNames(tenant, agencyIds, asOf) : new Map<string, string>(), this.access.findTenant(tenant)]);
    const rows: ObligationExportRow[] = obligations.map((o) => {
      const first = o.submissions[0];
      return {
        reporter: o.reporter.kind === 'agency' ? (names.get(o.reporter.agencyId) ?? o.reporter.agencyId) : BODIES[o.reporter.body],
        report: o.report,
        period: o.period,
        subject: o.subject,
        literalDueDate: o.due.literalDueDate,
        dueDate: o.due.dueDate,
        rule: o.rule.article,
        status: o.status,
        submittedAt: first?.submittedAt ?? null,
        onTime: o.timeliness?.onTime ?? null,
        daysLateWorking: o.timeliness?.daysLate.working ?? null,
        daysLateCalendar: o.timeliness?.daysLate.calendar ?? null,
        bucket: byItem[o.obligationId] ?? null,
      };
    });
    const meta = { tenantName: province?.name ?? tenant, from, to, asOf };
    const content = format === 'csv' ? obligationsCsv(rows, meta) : await obligationsXlsx(rows, meta);
    return { fileName: `nghia-vu-bao-cao-${tenant}-${from}-${to}.${format}`, mediaType: MEDIA_TYPES[format], content };
  }
}
