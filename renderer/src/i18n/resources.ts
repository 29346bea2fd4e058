import * as common from './common';
import * as capture from '../features/capture/locales';
import * as customerList from '../features/customers/list/locales';
import * as customerProfile from '../features/customers/profile/locales';
import * as exhibitions from '../features/exhibitions/locales';
import * as interactions from '../features/interactions/locales';
import * as segments from '../features/segments/locales';
import * as settings from '../features/settings/locales';
import * as welcome from '../features/welcome/locales';
import * as workspace from '../features/workspace/locales';

// One namespace per feature; each feature owns its messages in its own locales.ts.
export const resources = {
  en: {
    common: common.en,
    capture: capture.en,
    customerList: customerList.en,
    customerProfile: customerProfile.en,
    exhibitions: exhibitions.en,
    interactions: interactions.en,
    segments: segments.en,
    settings: settings.en,
    welcome: welcome.en,
    workspace: workspace.en,
  },
  zh: {
    common: common.zh,
    capture: capture.zh,
    customerList: customerList.zh,
    customerProfile: customerProfile.zh,
    exhibitions: exhibitions.zh,
    interactions: interactions.zh,
    segments: segments.zh,
    settings: settings.zh,
    welcome: welcome.zh,
    workspace: workspace.zh,
  },
};
