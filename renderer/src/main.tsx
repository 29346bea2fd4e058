import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { call } from './api/client';
import { router } from './app/router';
import { theme } from './app/theme';
import { detectLanguage, initI18n } from './i18n';

async function boot(): Promise<void> {
  // The saved language decides the first paint; if the backend cannot answer yet, follow the system.
  const prefs = await call('prefs.get', {}).catch(() => null);
  const i18n = await initI18n(detectLanguage(prefs?.language ?? null));
  const queryClient = new QueryClient({
    defaultOptions: {
      // Local database: data is fresh until the backend says it changed (see useBackendEvents).
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <MantineProvider theme={theme} defaultColorScheme="light">
            <ModalsProvider>
              <Notifications position="bottom-right" />
              <RouterProvider router={router} />
            </ModalsProvider>
          </MantineProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
