import { Route, Routes } from 'react-router';
import NotFoundPage from '../../../app/NotFoundPage';
import MeetingCampaignsPage from './MeetingCampaignsPage';
import MeetingListPage from './MeetingListPage';

/** Association staff: the meetings' invitation lists (the router checks honors.manage). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<MeetingCampaignsPage />} />
      <Route path=":campaignId" element={<MeetingListPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
