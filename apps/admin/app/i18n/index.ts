// i18next with the two languages of the app: Vietnamese by default, English on request (remembered per browser).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../lib/format';
import { en } from './en';
import { vi } from './vi';

const STORAGE_KEY = 'bcd.admin.language';

export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = storedLanguage();

export { i18n };
