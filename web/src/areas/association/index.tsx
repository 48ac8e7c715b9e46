import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import ExpertsPage from './ExpertsPage';

const NotFoundPage = lazy(() => import('../../app/NotFoundPage'));

/** Association staff: expert search (the router checks search.staff before this area loads). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<ExpertsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
