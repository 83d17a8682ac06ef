import { say } from './testing.js';

const B = (type: string) => `budget.${type}`;
const rule = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 11 khoản 2' };
const decision = { number: '250/QĐ-UBND', date: '2019-01-15' };
const line = (lineId: string, amount: string) => ({ lineId, category: 'administration', title: 'Chi hành chính', amount });

describe('budget events in Vietnamese, money exact with dots between thousands', () => {
  it('opened, estimated, submitted, appraised, reviewed', () => {
    expect(say(B('BudgetOpened'), { budgetId: 'b1', fiscalYear: 2019, holderAgencyId: 'a-stttt', source: 'standing-agency-budget', openedOn: '2019-01-02', regulation: rule })).toBe(
      'Mở ngân sách năm 2019 của Sở Thông tin và Truyền thông ngày 02/01/2019, nguồn: kinh phí của cơ quan thường trực (Điều 11 khoản 2).',
    );
    expect(say(B('EstimateDrafted'), { budgetId: 'b1', draftedOn: '2019-01-05', lines: [line('l1', '150000000'), line('l2', '50000000')], total: '200000000', regulation: rule })).toBe(
      'Lập dự toán 2 khoản, tổng cộng 200.000.000 đồng, ngày 05/01/2019.',
    );
    expect(say(B('EstimateSubmitted'), { budgetId: 'b1', submittedOn: '2019-01-06', total: '200000000', regulation: rule })).toBe('Trình dự toán tổng cộng 200.000.000 đồng ngày 06/01/2019 (Điều 11 khoản 2).');
    expect(say(B('EstimateAppraised'), { budgetId: 'b1', appraisedOn: '2019-01-10', lines: [{ lineId: 'l1', amount: '140000000', comment: null }], total: '190000000', comments: null })).toBe(
      'Sở Tài chính thẩm định dự toán ngày 10/01/2019: tổng cộng 190.000.000 đồng.',
    );
    expect(say(B('EstimateReviewed'), { budgetId: 'b1', reviewedOn: '2019-01-08', reviewedBy: { memberId: 'm-chair', role: 'chair' }, note: null, article: 'Điều 11 khoản 2' })).toBe(
      'Dự toán được thông qua Ông/Bà Nguyễn Đình Xứng (Trưởng ban) ngày 08/01/2019 (Điều 11 khoản 2).',
    );
  });

  it('appropriated, supplemented, reallocated by decision; an amount above 2^53 stays exact', () => {
    expect(say(B('Appropriated'), { budgetId: 'b1', decision, lines: [line('l1', '9007199254740993123')], total: '9007199254740993123', ceiling: null, regulation: rule })).toBe(
      'Giao dự toán 1 khoản, tổng cộng 9.007.199.254.740.993.123 đồng, theo Quyết định số 250/QĐ-UBND ngày 15/01/2019.',
    );
    expect(say(B('AppropriationSupplemented'), { budgetId: 'b1', supplementId: 's1', decision, lines: [line('l3', '25000000')], total: '25000000', ceiling: '500000000' })).toBe(
      'Bổ sung dự toán 25.000.000 đồng theo Quyết định số 250/QĐ-UBND ngày 15/01/2019, trong mức trần 500.000.000 đồng.',
    );
    expect(say(B('AppropriationReallocated'), { budgetId: 'b1', reallocationId: 'r1', decision, fromLineId: 'l1', toLineId: 'l2', amount: '1000000' })).toBe(
      'Điều chuyển 1.000.000 đồng giữa hai khoản dự toán theo Quyết định số 250/QĐ-UBND ngày 15/01/2019.',
    );
  });

  it('an expenditure', () => {
    expect(
      say(B('ExpenditureRecorded'), {
        budgetId: 'b1',
        expenditureId: 'e1',
        lineId: 'l1',
        amount: '12500000',
        spentOn: '2019-03-01',
        voucher: 'PC-001',
        payee: 'Công ty TNHH Truyền thông Hồng Đức',
        description: 'In tài liệu hội nghị',
        specialExpenditureId: null,
        decidedBy: null,
      }),
    ).toBe('Chi 12.500.000 đồng ngày 01/03/2019 cho Công ty TNHH Truyền thông Hồng Đức (chứng từ PC-001): "In tài liệu hội nghị".');
  });

  it('a special expenditure (Thanh Hóa 2018 Điều 11.2): proposed, coordinated with Sở Tài chính, decided by the chair', () => {
    expect(say(B('SpecialExpenditureProposed'), { budgetId: 'b1', specialExpenditureId: 'x1', lineId: 'l1', title: 'Thuê chuyên gia', amount: '30000000', reason: 'Chưa có định mức', proposedOn: '2019-04-01', regulation: rule })).toBe(
      'Đề xuất khoản chi đặc thù "Thuê chuyên gia" 30.000.000 đồng ngày 01/04/2019; lý do: Chưa có định mức (Điều 11 khoản 2).',
    );
    expect(say(B('SpecialExpenditureCoordinated'), { budgetId: 'b1', specialExpenditureId: 'x1', coordinatedOn: '2019-04-05', agrees: true, agreedAmount: '25000000', opinion: 'Đồng ý một phần' })).toBe(
      'Sở Tài chính đồng ý khoản chi đặc thù với số tiền 25.000.000 đồng ngày 05/04/2019: "Đồng ý một phần".',
    );
    expect(
      say(B('SpecialExpenditureDecided'), { budgetId: 'b1', specialExpenditureId: 'x1', decidedOn: '2019-04-08', approved: true, approvedAmount: '25000000', decidedBy: { memberId: 'm-chair', role: 'chair' }, note: null, article: 'Điều 11 khoản 2' }),
    ).toBe('Ông/Bà Nguyễn Đình Xứng (Trưởng ban) phê duyệt khoản chi đặc thù 25.000.000 đồng ngày 08/04/2019 (Điều 11 khoản 2).');
    expect(
      say(B('SpecialExpenditureDecided'), { budgetId: 'b1', specialExpenditureId: 'x2', decidedOn: '2019-04-08', approved: false, approvedAmount: null, decidedBy: { memberId: 'm-chair', role: 'chair' }, note: null, article: 'Điều 11 khoản 2' }),
    ).toBe('Ông/Bà Nguyễn Đình Xứng (Trưởng ban) không phê duyệt khoản chi đặc thù ngày 08/04/2019 (Điều 11 khoản 2).');
  });

  it('an unplanned task (Phú Thọ 2022 Điều 11.3)', () => {
    expect(say(B('UnplannedTaskAssigned'), { budgetId: 'b1', taskId: 't1', description: 'Triển khai nền tảng họp trực tuyến', assignment: decision, assignedOn: '2022-08-01', regulation: { ...rule, article: 'Điều 11 khoản 3' } })).toBe(
      'Nhiệm vụ đột xuất được giao theo Quyết định số 250/QĐ-UBND ngày 15/01/2019: "Triển khai nền tảng họp trực tuyến" (Điều 11 khoản 3).',
    );
    expect(say(B('UnplannedTaskFundingProposed'), { budgetId: 'b1', taskId: 't1', amount: '80000000', proposedOn: '2022-08-05', coordinatedWith: 'Sở Tài chính' })).toBe(
      'Đề xuất kinh phí 80.000.000 đồng cho nhiệm vụ đột xuất ngày 05/08/2022, phối hợp với Sở Tài chính.',
    );
    expect(say(B('UnplannedTaskFundingDecided'), { budgetId: 'b1', taskId: 't1', decision, funded: true, amount: '80000000' })).toBe(
      'Cấp kinh phí 80.000.000 đồng cho nhiệm vụ đột xuất theo Quyết định số 250/QĐ-UBND ngày 15/01/2019.',
    );
  });

  it('settled, and corrected afterwards only by a decision', () => {
    expect(say(B('SettlementSubmitted'), { budgetId: 'b1', submittedOn: '2020-01-15', appropriated: '200000000', spent: '187654321', regulation: rule })).toBe(
      'Trình quyết toán ngày 15/01/2020: dự toán được giao 200.000.000 đồng, đã chi 187.654.321 đồng.',
    );
    expect(say(B('SettlementApproved'), { budgetId: 'b1', approvedOn: '2020-02-01', decision })).toBe('Phê duyệt quyết toán ngày 01/02/2020 theo Quyết định số 250/QĐ-UBND ngày 15/01/2019.');
    expect(say(B('SettlementCorrected'), { budgetId: 'b1', correctionId: 'k1', decision, lineId: 'l1', amount: '-1500000', reason: 'Chứng từ ghi trùng' })).toBe(
      'Điều chỉnh giảm 1.500.000 đồng số đã chi sau quyết toán theo Quyết định số 250/QĐ-UBND ngày 15/01/2019; lý do: Chứng từ ghi trùng.',
    );
  });
});
