import { Route, Routes } from 'react-router';
import NotFoundPage from '../../../app/NotFoundPage';
import CandidatesPage from './CandidatesPage';
import PanelBuilderPage from './PanelBuilderPage';
import RequestQueuePage from './RequestQueuePage';
import StaffRequestPage from './StaffRequestPage';

/** Association staff: the queue of review requests (the router checks requests.manage). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<RequestQueuePage />} />
      <Route path=":id" element={<StaffRequestPage />} />
      <Route path=":id/candidates" element={<CandidatesPage />} />
      <Route path=":id/panel" element={<PanelBuilderPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
