import * as common from './common';
import * as analytics from '../features/analytics/locales';
import * as capture from '../features/capture/locales';
import * as customerList from '../features/customers/list/locales';
import * as customerProfile from '../features/customers/profile/locales';
import * as exhibitions from '../features/exhibitions/locales';
import * as interactions from '../features/interactions/locales';
import * as lifecycle from '../features/lifecycle/locales';
import * as segments from '../features/segments/locales';
import * as tasks from '../features/tasks/locales';
import * as playbooks from '../features/playbooks/locales';
import * as settings from '../features/settings/locales';
import * as valuationSettings from '../features/settings/valuationLocales';
import * as valuePanel from '../features/valuation/panel/locales';
import * as shortcuts from '../app/shortcutsLocales';
import * as welcome from '../features/welcome/locales';
import * as workspace from '../features/workspace/locales';
import * as valuation from '../features/valuation/locales';
import * as valueFormulas from '../features/valuation/explain/locales';
import * as imports from '../features/import/locales';
import * as exportsNs from '../features/export/locales';
import * as backups from '../features/backups/locales';
import * as audit from '../features/audit/locales';

// One namespace per feature; each feature owns its messages in its own locales.ts.
export const resources = {
  en: {
    common: common.en,
    analytics: analytics.en,
    capture: capture.en,
    customerList: customerList.en,
    customerProfile: customerProfile.en,
    exhibitions: exhibitions.en,
    interactions: interactions.en,
    lifecycle: lifecycle.en,
    segments: segments.en,
    tasks: tasks.en,
    playbooks: playbooks.en,
    settings: settings.en,
    valuationSettings: valuationSettings.en,
    valuePanel: valuePanel.en,
    shortcuts: shortcuts.en,
    welcome: welcome.en,
    workspace: workspace.en,
    valuation: valuation.en,
    valueFormulas: valueFormulas.en,
    imports: imports.en,
    exports: exportsNs.en,
    backups: backups.en,
    audit: audit.en,
  },
  zh: {
    common: common.zh,
    analytics: analytics.zh,
    capture: capture.zh,
    customerList: customerList.zh,
    customerProfile: customerProfile.zh,
    exhibitions: exhibitions.zh,
    interactions: interactions.zh,
    lifecycle: lifecycle.zh,
    segments: segments.zh,
    tasks: tasks.zh,
    playbooks: playbooks.zh,
    settings: settings.zh,
    valuationSettings: valuationSettings.zh,
    valuePanel: valuePanel.zh,
    shortcuts: shortcuts.zh,
    welcome: welcome.zh,
    workspace: workspace.zh,
    valuation: valuation.zh,
    valueFormulas: valueFormulas.zh,
    imports: imports.zh,
    exports: exportsNs.zh,
    backups: backups.zh,
    audit: audit.zh,
  },
};
