// The IPC channel names, shared by the main process and the preload (bundled into both).
export const IPC = {
  call: 'api:call',
  event: 'api:event',
  openExternal: 'desktop:openExternal',
  chooseWorkspaceToOpen: 'desktop:chooseWorkspaceToOpen',
  chooseNewWorkspacePath: 'desktop:chooseNewWorkspacePath',
  showInFolder: 'desktop:showInFolder',
  chooseExportPath: 'desktop:chooseExportPath',
  openExport: 'desktop:openExport',
  chooseImportFile: 'desktop:chooseImportFile',
  chooseFolder: 'desktop:chooseFolder',
} as const;
