import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequirePermission } from '../auth/RequirePermission';
import { SessionExpiryRedirect } from '../auth/SessionExpiryRedirect';
import { AppLayout } from './AppLayout';

// One chunk per area: the public pages do not load the officers' code, and the reverse.
const SignInPage = lazy(() => import('../areas/public/SignInPage'));
const PublicArea = lazy(() => import('../areas/public'));
const OfficerArea = lazy(() => import('../areas/officer'));
const ProfilePage = lazy(() => import('../features/profile'));
const AssociationArea = lazy(() => import('../areas/association'));
const RequestQueueArea = lazy(() => import('../areas/association/requests'));
const HonorsArea = lazy(() => import('../areas/association/honors'));
const CouncilArea = lazy(() => import('../areas/council'));
const AgencyArea = lazy(() => import('../areas/agency'));
const NominationsArea = lazy(() => import('../areas/nominations'));
const MeArea = lazy(() => import('../areas/me'));
const ClaimPage = lazy(() => import('../areas/me/ClaimPage'));
const AdminArea = lazy(() => import('../areas/admin'));
const InvitationLinkPage = lazy(() => import('../areas/invitations/InvitationLinkPage'));
const OpinionLinkPage = lazy(() => import('../areas/opinions/OpinionLinkPage'));
const ScoringLinkPage = lazy(() => import('../areas/council/ScoringLinkPage'));
const MeetingListArea = lazy(() => import('../areas/association/meetings'));
const MeetingRsvpPage = lazy(() => import('../areas/meetings/MeetingRsvpPage'));
const StatsArea = lazy(() => import('../areas/stats'));
const NominationLinkPage = lazy(() => import('../areas/nominations/NominationLinkPage'));

export function AppRouter() {
  return (
    <BrowserRouter>
      <SessionExpiryRedirect />
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            path="/officer/*"
            element={
              <RequirePermission permission="profiles.list">
                <OfficerArea />
              </RequirePermission>
            }
          />
          <Route
            path="/people/:id"
            element={
              <RequirePermission permission="profiles.read-any">
                <ProfilePage />
              </RequirePermission>
            }
          />
          <Route
            path="/experts/*"
            element={
              <RequirePermission permission="search.staff">
                <AssociationArea />
              </RequirePermission>
            }
          />
          <Route
            path="/review-requests/*"
            element={
              <RequirePermission permission="requests.manage">
                <RequestQueueArea />
              </RequirePermission>
            }
          />
          <Route
            path="/stats/*"
            element={
              <RequirePermission permission="stats.read">
                <StatsArea />
              </RequirePermission>
            }
          />
          <Route
            path="/honor-meetings/*"
            element={
              <RequirePermission permission="honors.manage">
                <MeetingListArea />
              </RequirePermission>
            }
          />
          <Route
            path="/honors/*"
            element={
              <RequirePermission permission="honors.manage">
                <HonorsArea />
              </RequirePermission>
            }
          />
          <Route
            path="/nominations/*"
            element={
              <RequirePermission permission="nominations.submit">
                <NominationsArea />
              </RequirePermission>
            }
          />
          <Route
            path="/council/*"
            element={
              <RequirePermission permission="honors.council">
                <CouncilArea />
              </RequirePermission>
            }
          />
          <Route
            path="/agency/*"
            element={
              <RequirePermission permission="requests.submit">
                <AgencyArea />
              </RequirePermission>
            }
          />
          {/* the links in panel invitation mail: the token is the right to answer, no sign-in */}
          <Route path="/invitations/accept" element={<InvitationLinkPage action="accept" />} />
          <Route path="/invitations/decline" element={<InvitationLinkPage action="decline" />} />
          {/* the links in meeting invitation mail: one token, either page answers yes or no */}
          <Route path="/meeting-rsvp/accept" element={<MeetingRsvpPage answer="accepted" />} />
          <Route path="/meeting-rsvp/decline" element={<MeetingRsvpPage answer="declined" />} />
          <Route path="/nomination-answer/accept" element={<NominationLinkPage answer="accepted" />} />
          <Route path="/nomination-answer/decline" element={<NominationLinkPage answer="declined" />} />
          {/* the personal opinion link mailed when the review starts: works with or without an account */}
          <Route path="/opinions/write" element={<OpinionLinkPage />} />
          {/* the personal scoring link mailed when a round's scoring opens: with or without an account */}
          <Route path="/scoring-link" element={<ScoringLinkPage />} />
          {/* claiming a profile is how an invited person gets an account: nobody is signed in yet */}
          <Route path="/me/claim" element={<ClaimPage />} />
          <Route
            path="/me/*"
            element={
              <RequirePermission permission="own-profile.edit">
                <MeArea />
              </RequirePermission>
            }
          />
          <Route
            path="/admin/*"
            element={
              <RequirePermission permission="accounts.manage">
                <AdminArea />
              </RequirePermission>
            }
          />
          <Route path="/*" element={<PublicArea />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
