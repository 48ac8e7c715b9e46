import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import LandingPage from './LandingPage';

// The landing page comes with the area; the others load when opened, so the first page stays light.
const DirectoryPage = lazy(() => import('./DirectoryPage'));
const PublicProfilePage = lazy(() => import('./PublicProfilePage'));
const HonoreeCampaignsPage = lazy(() => import('./honorees/HonoreeCampaignsPage'));
const HonoreesPage = lazy(() => import('./honorees/HonoreesPage'));
const OpenDataPage = lazy(() => import('./OpenDataPage'));
const NotFoundPage = lazy(() => import('../../app/NotFoundPage'));

/**
 * The pages anyone may open: the landing page, the directory and its public profiles, honors results,
 * open data.
 */
export default function Area() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path="directory" element={<DirectoryPage />} />
      <Route path="directory/:id" element={<PublicProfilePage />} />
      <Route path="honorees" element={<HonoreeCampaignsPage />} />
      <Route path="honorees/:id" element={<HonoreesPage />} />
      <Route path="open-data" element={<OpenDataPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
