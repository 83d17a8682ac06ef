// A year's work programme and inspection plan (RULES.md §1b): drafted by the standing agency at the turn of the
// year, issued by the chair by decision (Thanh Hóa 2018, Bình Định 2021, Phú Thọ 2022 Điều 3.1), its tasks done by
// their deadlines or not, its inspections carried out. KPI 10 reads it.
import { LocalDate } from '@bcd/calendar';
import { addedId, Province } from './province.js';

const TASKS = [
  'Nâng cấp hệ thống quản lý văn bản và điều hành',
  'Tích hợp dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia',
  'Xây dựng kho dữ liệu dùng chung của tỉnh',
  'Tập huấn an toàn thông tin cho cán bộ chuyên trách',
  'Đánh giá mức độ chuyển đổi số của các sở, ngành',
];

export function planProgramme(province: Province, year: number): void {
  const random = province.random.fork(`programme ${year}`);
  const ref = { programmeId: '' };
  const taskIds: string[] = [];
  const inspectionIds: string[] = [];
  const path = (suffix = '') => `/programmes/${ref.programmeId}${suffix}`;
  const openedOn = Province.workday(LocalDate.of(year - 1, 12, random.int(8, 18)));
  const tasks = random.sample(TASKS, 3).map((description, i) => ({ description, dueOn: Province.workday(LocalDate.of(year, 3 + i * 4, random.int(10, 28))) }));
  // The committee's agencies as they are when the programme is drafted.
  const inspected: string[] = [];

  province.at(openedOn, '09:00', `chương trình công tác ${year}`, async () => {
    const body = { committeeId: province.committeeId, year, title: `Chương trình công tác, kế hoạch kiểm tra năm ${year} của Ban Chỉ đạo`, openedOn };
    ref.programmeId = (await province.secretariat.post<{ programmeId: string }>('/programmes', body)).programmeId;
    const owners = province.ownerAgencies();
    inspected.push(...random.sample(owners, 2));
    for (const task of tasks) {
      const body = { description: task.description, ownerAgencyId: province.agencies[random.pick(owners)], dueOn: task.dueOn, plannedOn: openedOn };
      const programme = await province.secretariat.post<{ tasks: Array<{ taskId: string }> }>(path('/tasks'), body);
      taskIds.push(addedId(programme.tasks.map((t) => t.taskId), taskIds));
    }
    for (const [i, code] of inspected.entries()) {
      const body = { agencyId: province.agencies[code], month: `${year}-${String(6 + i * 3).padStart(2, '0')}`, subject: 'Kiểm tra tình hình ứng dụng công nghệ thông tin, chuyển đổi số', plannedOn: openedOn };
      const programme = await province.secretariat.post<{ inspections: Array<{ inspectionId: string }> }>(path('/inspections'), body);
      inspectionIds.push(addedId(programme.inspections.map((t) => t.inspectionId), inspectionIds));
    }
  });
  const issuedOn = Province.workday(LocalDate.of(year, 1, random.int(6, 20)));
  province.at(issuedOn, '16:00', `ban hành chương trình ${year}`, () => province.as('chair').post(path('/issue'), { decision: province.decision('QĐ-BCĐ', issuedOn) }));
  for (const [i, task] of tasks.entries()) {
    const outcome = random.weighted([['on-time', 60], ['late', 25], ['never', 15]] as const);
    if (outcome === 'never') continue;
    const doneOn = outcome === 'on-time' ? LocalDate.addDays(task.dueOn, -random.int(0, 25)) : LocalDate.addDays(task.dueOn, random.int(5, 40));
    province.at(doneOn, '16:30', 'hoàn thành nhiệm vụ chương trình', () => province.secretariat.post(path(`/tasks/${taskIds[i]}/done`), { doneOn, note: null }));
  }
  for (const i of [0, 1]) {
    const doneOn = Province.workday(LocalDate.of(year, 6 + i * 3, random.int(10, 25)));
    province.at(doneOn, '16:00', 'kiểm tra', () => province.secretariat.post(path(`/inspections/${inspectionIds[i]}/done`), { doneOn, findings: `Cơ bản đáp ứng yêu cầu; ${inspected[i]} cần bổ sung nhân lực chuyên trách` }));
  }
}
