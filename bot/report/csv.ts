/**
 * CSV as Dutch spreadsheets open it: semicolons (Excel in the Netherlands reads a comma as the
 * decimal sign), a byte-order mark so "é" stays "é", CRLF line ends, quotes where needed.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet; "<5" and numbers are safe.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
