/* The change log as an XLSX sheet (loaded on demand: exceljs stays out of the entry chunk). */
import ExcelJS from 'exceljs';

export interface AuditSheet {
  sheetName: string;
  headers: string[];
  rows: string[][];
}

/** One sheet, a frozen bold header row, wrapped text; every cell is a string (never a formula). */
export async function buildAuditWorkbook(sheet: AuditSheet): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koopsuz';
  const ws = workbook.addWorksheet(sheet.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = sheet.headers.map((header, index) => ({
    header,
    width: index === sheet.headers.length - 1 ? 80 : 20,
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    ws.addRow(row);
  }
  ws.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
