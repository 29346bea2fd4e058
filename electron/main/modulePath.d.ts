// electron-vite bundles a `?modulePath` import as a separate file and the import evaluates
// to that file's absolute path (join(import.meta.dirname, <path relative to the chunk>)).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
