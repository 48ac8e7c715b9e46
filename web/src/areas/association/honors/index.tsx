import { Navigate, Route, Routes } from 'react-router';
import NotFoundPage from '../../../app/NotFoundPage';
import CampaignDetailPage from './CampaignDetailPage';
import CampaignFormPage from './CampaignFormPage';
import CampaignListPage from './CampaignListPage';
import CouncilPage from './CouncilPage';

/** Association staff: honor campaigns (the router checks honors.manage before this area loads). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<Navigate to="campaigns" replace />} />
      <Route path="campaigns" element={<CampaignListPage />} />
      <Route path="campaigns/new" element={<CampaignFormPage />} />
      <Route path="campaigns/:id" element={<CampaignDetailPage />} />
      <Route path="campaigns/:id/edit" element={<CampaignFormPage />} />
      <Route path="campaigns/:id/rounds/:round/council" element={<CouncilPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
