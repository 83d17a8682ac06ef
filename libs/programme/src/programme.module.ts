import { Module } from '@nestjs/common';
import { Caller, readModelProvider, Regulations } from '@bcd/service-host';
import { ProgrammeCommands } from './application/programme.commands.js';
import { ProgrammeController } from './http/programme.controller.js';
import { programmeProjection } from './read-model/programme.projection.js';
import { programmeQueryHandlers } from './read-model/programme.query.js';

/**
 * Work programme: a committee's annual work programme and inspection plan (RULES.md §1b) from draft to issue and
 * follow-up, judged by the regulation in force on each fact's date. Runs on the host kit; reads the regulations
 * (REGULATIONS_IN_FORCE) and the roster and who the caller is (ROSTERS) through ports, never another context's tables.
 */
@Module({
  controllers: [ProgrammeController],
  providers: [readModelProvider(programmeProjection), Regulations, Caller, ProgrammeCommands, ...programmeQueryHandlers],
})
export class ProgrammeModule {}
