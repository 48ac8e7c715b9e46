import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import CorrectionFormPage from './CorrectionFormPage';
import EditMyFactsPage from './EditMyFactsPage';
import MatchingNeedsPage from './MatchingNeedsPage';
import MyCorrectionsPage from './MyCorrectionsPage';
import MyPanelInvitationsPage from './MyPanelInvitationsPage';
import MyOpinionPage from './MyOpinionPage';
import MyProfilePage from './MyProfilePage';
import NominationsOfMePage from './NominationsOfMePage';

/** The intellectual's pages: their profile, their edits, their correction requests, the needs board, their panel invitations and opinions (claiming a profile is routed before sign-in, in the app router). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<MyProfilePage />} />
      <Route path="edit" element={<EditMyFactsPage />} />
      <Route path="corrections" element={<MyCorrectionsPage />} />
      <Route path="corrections/new" element={<CorrectionFormPage />} />
      <Route path="matching-needs" element={<MatchingNeedsPage />} />
      <Route path="panel-invitations" element={<MyPanelInvitationsPage />} />
      <Route path="review-requests/:id/opinion" element={<MyOpinionPage />} />
      <Route path="nominations" element={<NominationsOfMePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
