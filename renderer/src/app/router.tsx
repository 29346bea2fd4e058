import { createHashRouter, Navigate } from 'react-router';
import { CapturePage } from '../features/capture/CapturePage';
import { CustomerDetailPage } from '../features/customers/profile/CustomerDetailPage';
import { CustomerEditPage } from '../features/customers/profile/CustomerEditPage';
import { CustomerListPage } from '../features/customers/list/CustomerListPage';
import { EditionPage } from '../features/exhibitions/EditionPage';
import { ExhibitionPage } from '../features/exhibitions/ExhibitionPage';
import { ExhibitionsPage } from '../features/exhibitions/ExhibitionsPage';
import { SegmentsPage } from '../features/segments/SegmentsPage';
import { BoardPage } from '../features/lifecycle/BoardPage';
import { SuggestionsPage } from '../features/lifecycle/SuggestionsPage';
import { PlaybooksPage } from '../features/playbooks/PlaybooksPage';
import { TasksWeekPage } from '../features/tasks/TasksWeekPage';
import { TrashPage } from '../features/customers/list/TrashPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WorkspacesPage } from '../features/workspace/WorkspacesPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { ValuePage } from '../features/valuation/ValuePage';
import { MatrixPage } from '../features/valuation/MatrixPage';
import { CallListPage } from '../features/valuation/CallListPage';
import { ComparePage } from '../features/valuation/ComparePage';
import { ImportPage } from '../features/import/ImportPage';
import { HistoryPage as ImportHistoryPage } from '../features/import/HistoryPage';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';

// Hash routes: they work the same from the Electron window's file:// page and over HTTP,
// and every screen has an address (e.g. #/customers/<id>).
export const router = createHashRouter([
  // Quick capture is full-screen: outside the app shell, it checks the workspace itself.
  { path: '/capture', element: <CapturePage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      { path: 'customers', element: <CustomerListPage /> },
      { path: 'customers/new', element: <CustomerEditPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'customers/:id/edit', element: <CustomerEditPage /> },
      { path: 'exhibitions', element: <ExhibitionsPage /> },
      { path: 'exhibitions/:id', element: <ExhibitionPage /> },
      { path: 'exhibitions/editions/:id', element: <EditionPage /> },
      { path: 'lifecycle', element: <BoardPage /> },
      { path: 'lifecycle/suggestions', element: <SuggestionsPage /> },
      { path: 'analytics', element: <AnalyticsPage /> },
      { path: 'value', element: <ValuePage /> },
      { path: 'value/matrix', element: <MatrixPage /> },
      { path: 'value/calls', element: <CallListPage /> },
      { path: 'value/compare', element: <ComparePage /> },
      { path: 'segments', element: <SegmentsPage /> },
      { path: 'segments/:id', element: <SegmentsPage /> },
      { path: 'tasks', element: <TasksWeekPage /> },
      { path: 'playbooks', element: <PlaybooksPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'import/history', element: <ImportHistoryPage /> },
      { path: 'trash', element: <TrashPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'workspaces', element: <WorkspacesPage /> },
      { path: 'backups', element: <BackupsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
