import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/i18n/errors';
import { setApiLanguage } from '../api/client';
import { resources } from './resources';

export function detectLanguage(saved: Language | null): Language {
  if (saved) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export async function initI18n(lang: Language): Promise<typeof i18n> {
  setApiLanguage(lang);
  await i18n.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return i18n;
}

export async function changeLanguage(lang: Language): Promise<void> {
  setApiLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  await i18n.changeLanguage(lang);
}

export { i18n };
