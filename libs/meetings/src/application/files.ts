// The files distributed with meetings (the kit's FileStore on `meetings_files`): a distribution names a
// file by its hash; it is served only through the meeting's document route.
import { Injectable } from '@nestjs/common';
import { FileStore } from '@bcd/service-host';

@Injectable()
export class MeetingFiles extends FileStore {
  protected readonly table = 'meetings_files';
}
