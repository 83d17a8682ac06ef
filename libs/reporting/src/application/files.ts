// The files attached to reports (the kit's FileStore on `reporting_files`): a submission names a file by
// its hash; it is served only through the obligation's submission route.
import { Injectable } from '@nestjs/common';
import { FileStore } from '@bcd/service-host';

@Injectable()
export class ReportFiles extends FileStore {
  protected readonly table = 'reporting_files';
}
