import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import MyRoundPage from './MyRoundPage';
import MyRoundsPage from './MyRoundsPage';
import RoundOverviewPage from './RoundOverviewPage';
import SheetPage from './SheetPage';

/** Honor council members (the router checks honors.council; the API checks the seat on each round). */
export default function Area() {
  return (
    <Routes>
      <Route index element={<MyRoundsPage />} />
      <Route path="campaigns/:id/rounds/:round" element={<MyRoundPage />} />
      <Route path="campaigns/:id/rounds/:round/sheets/:nominationId" element={<SheetPage />} />
      <Route path="campaigns/:id/rounds/:round/overview" element={<RoundOverviewPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
