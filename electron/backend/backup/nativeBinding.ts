// better-sqlite3 may be built for another ABI (Electron in development): every connection this
// folder opens must use the same binary as the workspace's own. openDatabase remembers the one
// it was given, so callers that only hold a Context (the pre-import hook) need not pass it.

let remembered: string | undefined;

export function rememberNativeBinding(binding: string | undefined): void {
  if (binding) remembered = binding;
}

/** Constructor options for a connection: the given binding, else the one the process uses. */
export function bindingOption(binding?: string): { nativeBinding?: string } {
  const b = binding ?? remembered;
  return b ? { nativeBinding: b } : {};
}
