// Packs are recorded whole in the events that adopt them (`rulebook.RegulationAdopted`), and nothing
// stored is ever rewritten: a pack of an older schema version is brought to the current shape when it is
// read. Version 1 → 2 (issue 10): every value version 1 recorded keeps its meaning in its new place; a
// field version 1 did not have takes the reading RULES.md gives (the Civil Code's counting of due dates
// and lead times, the 6-month threshold for work trips and study only); a new slot is `none`. Values
// version 1 recorded wrongly (a signer, who convenes) stay as recorded: the corrected built-in packs
// reach a tenant by a new adoption.
//
// Plain JSON in, plain JSON out: the caller checks the result against RulePackSchema where it needs to.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The current schema version of a RulePack. */
export const RULE_PACK_SCHEMA_VERSION = 2;

/** `json` in the current RulePack shape when it is an older version of one; anything else unchanged. */
export function upcastRulePack(json: unknown): unknown {
  if (!isObject(json) || json.schemaVersion !== 1) return json;
  return fromVersion1(json);
}

function fromVersion1(v1: Json): Json {
  const pack = structuredClone(v1);
  pack.schemaVersion = 2;
  const composition = objectAt(pack, 'composition');
  const meetings = objectAt(pack, 'meetings');
  const reporting = objectAt(pack, 'reporting');
  const budget = objectAt(pack, 'budget');
  const documents = objectAt(pack, 'documents');

  if (composition) {
    // `standingMembers.alsoSecretary` became the `secretary` slot.
    const standing = objectAt(composition, 'standingMembers');
    const alsoSecretary = standing?.alsoSecretary === true;
    if (standing) delete standing.alsoSecretary;
    composition.secretary =
      alsoSecretary && standing && 'citation' in standing
        ? { kind: 'held-by-standing-member', citation: standing.citation }
        : { kind: 'none', note: 'Phiên bản 1 của gói quy tắc không ghi nhận Thư ký.' };
    composition.standingOffice = { kind: 'none' };
    // "đi công tác, đi học tập trung trên 6 tháng" (Thanh Hóa 2014 Điều 2.4): the only v1 pack with the rule.
    const absence = objectAt(composition, 'longAbsence');
    if (absence?.kind === 'notify-and-replace') absence.thresholdReasons = ['work-trip', 'study'];
  }
  if (meetings) {
    const absence = objectAt(meetings, 'absence');
    if (absence?.kind === 'report-and-approval') {
      absence.approvers = [{ by: absence.approvalBy, citation: absence.citation }];
      delete absence.approvalBy;
    }
    const lead = objectAt(meetings, 'documentLeadTime');
    if (lead?.kind === 'working-days') lead.counting = 'exclude-send-day-and-meeting-day';
    if (lead?.kind === 'hours') lead.counting = 'clock-hours';
  }
  if (reporting) {
    reporting.issueReports = { kind: 'none' };
    const reports = [objectAt(reporting, 'memberReports'), ...arrayAt(reporting, 'activityReports')];
    for (const report of reports) {
      for (const deadline of arrayAt(objectAt(report, 'due'), 'deadlines')) {
        const due = objectAt(deadline, 'due');
        if (due) due.onDayOff = 'next-working-day';
      }
    }
  }
  if (budget) {
    budget.expenditureDecision = { kind: 'none' };
    budget.unplannedTasks = { kind: 'none' };
    const categories = objectAt(budget, 'categories');
    if (categories?.kind === 'per-legal-document') {
      categories.kind = 'per-legal-documents';
      categories.documents = [categories.document];
      delete categories.document;
    }
    reorder(budget, ['funding', 'estimate', 'expenditureDecision', 'specialExpenditure', 'unplannedTasks', 'settlement', 'categories']);
  }
  if (documents) {
    documents.reportSigner = { kind: 'none' };
    reorder(documents, ['noticeSigner', 'reportSigner', 'seals']);
  }
  if (composition) reorder(composition, ['chair', 'viceChairs', 'standingMembers', 'secretary', 'standingOffice', 'workingGroup', 'longAbsence']);
  if (reporting) reorder(reporting, ['memberReports', 'adHocReports', 'issueReports', 'activityReports', 'channels']);
  return pack;
}

function objectAt(node: unknown, key: string): Json | undefined {
  const value = isObject(node) ? node[key] : undefined;
  return isObject(value) ? value : undefined;
}

function arrayAt(node: unknown, key: string): Json[] {
  const value = isObject(node) ? node[key] : undefined;
  return Array.isArray(value) ? value.filter(isObject) : [];
}

// Keys in the order the current packs write them, so an upcast pack reads (and renders) like a new one.
function reorder(node: Json, order: readonly string[]): void {
  const entries = Object.entries(node);
  for (const key of Object.keys(node)) delete node[key];
  for (const key of order) {
    const entry = entries.find(([k]) => k === key);
    if (entry) node[key] = entry[1];
  }
  for (const [key, value] of entries) if (!(key in node)) node[key] = value;
}
