// The province's reporting setup and its templates, one stream each per tenant: the secretariat designates
// the reporting agencies, sets the reminder horizon and defines templates. The opening process reads them.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandInput } from '@bcd/kernel';
import { CommandRunner } from '@bcd/service-host';
import { setupAggregate, type SetupCommand, type SetupState } from '../domain/setup/setup.js';
import { templatesAggregate, type TemplatesCommand, type TemplatesState } from '../domain/template/template.js';

export class ChangeSetup extends Command<{ state: SetupState; version: number }> {
  constructor(
    readonly tenant: string,
    readonly command: CommandInput<SetupCommand>,
    readonly expected?: number,
  ) {
    super();
  }
}

export class ChangeTemplates extends Command<{ state: TemplatesState; version: number }> {
  constructor(
    readonly tenant: string,
    readonly command: CommandInput<TemplatesCommand>,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeSetup)
export class SetupCommands implements ICommandHandler<ChangeSetup> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ tenant, command, expected }: ChangeSetup) {
    const { state, version } = await this.runner.run(setupAggregate, { tenantId: tenant, id: tenant, expectedVersion: expected }, async () => command);
    return { state, version };
  }
}

@CommandHandler(ChangeTemplates)
export class TemplateCommands implements ICommandHandler<ChangeTemplates> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ tenant, command, expected }: ChangeTemplates) {
    const { state, version } = await this.runner.run(templatesAggregate, { tenantId: tenant, id: tenant, expectedVersion: expected }, async () => command);
    return { state, version };
  }
}
