/**
 * Where the rejected rows are proposed to go: next to the imported file, named after it
 * ("exhibitors.xlsx" → "exhibitors-rejected.xlsx"); Windows and POSIX separators both kept.
 */
export function rejectedPath(source: string, suffix: string): string {
  const cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
  const dir = source.slice(0, cut + 1);
  const base = source.slice(cut + 1).replace(/\.[^.]+$/, '') || 'import';
  return `${dir}${base}-${suffix}.xlsx`;
}
