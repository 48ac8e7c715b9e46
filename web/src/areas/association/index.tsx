import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import ExpertsPage from './ExpertsPage';

/** Association staff: expert search (the router checks search.staff before this area loads). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<ExpertsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
