import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import AgencyRequestPage from './AgencyRequestPage';
import MyRequestsPage from './MyRequestsPage';
import RequestFormPage from './RequestFormPage';

/** A requesting agency's pages: its review requests (the router checks requests.submit). */
export default function Area() {
  return (
    <Routes>
      <Route path="requests" element={<MyRequestsPage />} />
      <Route path="requests/new" element={<RequestFormPage />} />
      <Route path="requests/:id" element={<AgencyRequestPage />} />
      <Route path="requests/:id/edit" element={<RequestFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
