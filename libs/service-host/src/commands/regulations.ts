// The regulation in force for a tenant on a date, and its span, read ONLY through the RegulationsInForce
// port of @bcd/regulation (token REGULATIONS_IN_FORCE), which the host provides (the rulebook context in
// the embedded platform, a fold of the rulebook's events in a service). No port, or no adoption in force
// on the date: `undefined`, which each context's deciders turn into a refusal (`<CONTEXT>-no-regulation-in-force`),
// never a default regulation. Every context reads regulations through this one class.
import { Inject, Injectable, Logger, Optional, type OnModuleInit } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { REGULATIONS_IN_FORCE, regulationSpanOn, type Adoption, type RegulationSpan, type RegulationsInForce } from '@bcd/regulation';

@Injectable()
export class Regulations implements OnModuleInit {
  private readonly logger = new Logger(Regulations.name);

  constructor(@Optional() @Inject(REGULATIONS_IN_FORCE) private readonly port?: RegulationsInForce) {}

  onModuleInit(): void {
    if (!this.port) this.logger.warn('No RegulationsInForce port in this host: every change judged by a regulation will be refused (no regulation in force)');
  }

  /** The adoption in force on `date`, and until when it stays in force (`until`: the day the next one takes effect). */
  async inForce(tenant: string, date: LocalDate): Promise<RegulationSpan | undefined> {
    if (!this.port) return undefined;
    return regulationSpanOn(await this.port.adoptions(tenant), date);
  }

  /** Every adoption of the tenant, in the order they take effect (none without the port). */
  async adoptions(tenant: string): Promise<readonly Adoption[]> {
    return this.port ? this.port.adoptions(tenant) : [];
  }
}
