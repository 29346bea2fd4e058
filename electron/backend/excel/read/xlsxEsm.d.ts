// SheetJS's ES module build, loaded by the streaming .xlsx reader for its number formats (SSF)
// alone: the package's main entry (CommonJS) also loads its code-page tables, about 170 ms more
// per read. The same version and the same code as 'xlsx'.
declare module 'xlsx/xlsx.mjs' {
  export * from 'xlsx';
}
