import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import DirectoryPage from './DirectoryPage';
import LandingPage from './LandingPage';
import PublicProfilePage from './PublicProfilePage';

/** The pages anyone may open: the landing page, the directory and its public profiles. */
export default function Area() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path="directory" element={<DirectoryPage />} />
      <Route path="directory/:id" element={<PublicProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
