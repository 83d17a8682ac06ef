// The regulation in force for a tenant on a date, read ONLY through the RegulationsInForce port of
// @bcd/regulation (token REGULATIONS_IN_FORCE), which the host provides (the rulebook context in the
// embedded platform). No port, or no adoption in force on the date: `undefined`, which the deciders turn
// into a refusal (MEMBERSHIP-no-regulation-in-force), never a default regulation.
import { Inject, Injectable, Logger, Optional, type OnModuleInit } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { REGULATIONS_IN_FORCE, type RegulationsInForce } from '@bcd/regulation';
import type { RegulationInForce } from '../domain/facts.js';

@Injectable()
export class Regulations implements OnModuleInit {
  private readonly logger = new Logger(Regulations.name);

  constructor(@Optional() @Inject(REGULATIONS_IN_FORCE) private readonly port?: RegulationsInForce) {}

  onModuleInit(): void {
    if (!this.port) {
      this.logger.warn('No RegulationsInForce port in this host: changes judged by a regulation will be refused (MEMBERSHIP-no-regulation-in-force)');
    }
  }

  /** The adoption in force on `date`, and the day the next one takes effect (when it stops being in force). */
  async inForce(tenant: string, date: LocalDate): Promise<RegulationInForce | undefined> {
    if (!this.port) return undefined;
    const adoption = await this.port.inForce(tenant, date);
    if (!adoption) return undefined;
    const later = (await this.port.adoptions(tenant))
      .map((a) => a.effectiveFrom)
      .filter((from) => from > adoption.effectiveFrom)
      .sort()[0];
    return { pack: adoption.pack, decisionNumber: adoption.decisionNumber, effectiveFrom: adoption.effectiveFrom, until: later ?? null };
  }
}
