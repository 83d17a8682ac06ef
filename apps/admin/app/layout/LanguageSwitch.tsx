import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import type { Language } from '../lib/format';

/** Tiếng Việt / English, remembered for the browser. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
        { value: 'en', label: 'EN', title: 'English' },
      ]}
      onChange={(language) => {
        rememberLanguage(language);
        void i18n.changeLanguage(language);
      }}
    />
  );
}
