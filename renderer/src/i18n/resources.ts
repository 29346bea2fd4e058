import * as common from './common';
import * as customerList from '../features/customers/list/locales';
import * as customerProfile from '../features/customers/profile/locales';
import * as settings from '../features/settings/locales';
import * as welcome from '../features/welcome/locales';
import * as workspace from '../features/workspace/locales';

// One namespace per feature; each feature owns its messages in its own locales.ts.
export const resources = {
  en: {
    common: common.en,
    customerList: customerList.en,
    customerProfile: customerProfile.en,
    settings: settings.en,
    welcome: welcome.en,
    workspace: workspace.en,
  },
  zh: {
    common: common.zh,
    customerList: customerList.zh,
    customerProfile: customerProfile.zh,
    settings: settings.zh,
    welcome: welcome.zh,
    workspace: workspace.zh,
  },
};
