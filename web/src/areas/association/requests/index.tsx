import { Route, Routes } from 'react-router';
import NotFoundPage from '../../../app/NotFoundPage';
import RequestQueuePage from './RequestQueuePage';
import StaffRequestPage from './StaffRequestPage';

/** Association staff: the queue of review requests (the router checks requests.manage). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<RequestQueuePage />} />
      <Route path=":id" element={<StaffRequestPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
