import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import WorkforcePage from './WorkforcePage';

const TrendsPage = lazy(() => import('./TrendsPage'));
const ForecastsPage = lazy(() => import('./ForecastsPage'));
const YearlyReportPage = lazy(() => import('./YearlyReportPage'));
const NotFoundPage = lazy(() => import('../../app/NotFoundPage'));

/** The statistics pages: the workforce and trends for staff; forecasts and the yearly report for officers. */
export default function StatsArea() {
  return (
    <Routes>
      <Route index element={<WorkforcePage />} />
      <Route path="trends" element={<TrendsPage />} />
      <Route
        path="forecasts"
        element={
          <RequirePermission permission="stats.read-sensitive">
            <ForecastsPage />
          </RequirePermission>
        }
      />
      <Route
        path="report"
        element={
          <RequirePermission permission="stats.read-sensitive">
            <YearlyReportPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
