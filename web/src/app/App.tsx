import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { SessionProvider } from '../auth/session';
import { AppRouter } from './router';
import { theme } from './theme';
import { applyDayjsLocale, loadUiLocale, uiLocale } from './ui-locale';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal will not change by asking again; a network blip or an outage (503) may.
      retry: (failures, error) =>
        failures < 2 && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [locale, setLocale] = useState(() => uiLocale(language));
  useEffect(() => {
    document.documentElement.lang = language;
    let current = true;
    void loadUiLocale(language).then((loaded) => {
      if (!current) return;
      applyDayjsLocale(language);
      setLocale(loaded);
    });
    return () => {
      current = false;
    };
  }, [language]);
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <AppRouter />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
