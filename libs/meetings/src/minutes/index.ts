// Minutes (Biên bản) and notices of conclusions (Thông báo kết luận) as DOCX and PDF, in the format of
// Nghị định 30/2020/NĐ-CP.
export * from './meeting-document.js';
export { renderDocx, A4_TWIPS } from './minutes.docx.js';
export { renderPdf, liberationSerifFiles, LIBERATION_FONT_DIRECTORY, type RenderPdfOptions } from './minutes.pdf.js';
export * from './from-meeting.js';
