// The audit trail's controllers and providers: its projection (every event, eventually consistent) and its queries.
import type { Provider, Type } from '@nestjs/common';
import { readModelProvider } from '@bcd/service-host';
import { AuditController, PlatformAuditController } from './audit.controller.js';
import { auditProjection } from './audit.projection.js';
import { SearchAuditHandler, StreamHistoryHandler } from './audit.query.js';

export const auditControllers: Type[] = [AuditController, PlatformAuditController];
export const auditProviders: Provider[] = [readModelProvider(auditProjection), SearchAuditHandler, StreamHistoryHandler];
