import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BackendEvent } from '../../shared/api/jobs';
import { PRELOAD_GLOBAL, type PreloadApi } from '../../shared/preloadApi';
import { IPC } from '../main/ipcChannels';

// Sandboxed preload (CommonJS, only `electron`'s renderer modules available). It exposes
// exactly PreloadApi as window.excrm: functions that invoke fixed channels. The page never
// gets ipcRenderer, a channel name parameter, or the IPC event object.

const api: PreloadApi = {
  call: (method, input, lang) => ipcRenderer.invoke(IPC.call, method, input, lang),
  onEvent(listener) {
    const relay = (_event: IpcRendererEvent, e: BackendEvent) => listener(e);
    ipcRenderer.on(IPC.event, relay);
    return () => {
      ipcRenderer.removeListener(IPC.event, relay);
    };
  },
  desktop: {
    openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
    chooseWorkspaceToOpen: () => ipcRenderer.invoke(IPC.chooseWorkspaceToOpen),
    chooseNewWorkspacePath: (defaultName) => ipcRenderer.invoke(IPC.chooseNewWorkspacePath, defaultName),
    showInFolder: (path) => ipcRenderer.invoke(IPC.showInFolder, path),
    chooseExportPath: (suggested, format) => ipcRenderer.invoke(IPC.chooseExportPath, suggested, format),
    openExport: (path) => ipcRenderer.invoke(IPC.openExport, path),
    chooseImportFile: (startAt, title) => ipcRenderer.invoke(IPC.chooseImportFile, startAt, title),
    chooseFolder: (startAt, title) => ipcRenderer.invoke(IPC.chooseFolder, startAt, title),
  },
};

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
