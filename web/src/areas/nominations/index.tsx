import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import MyNominationsPage from './MyNominationsPage';
import { ExistingNominationPage, NewNominationPage } from './NominationPage';

/** Nominators' pages (the router checks nominations.submit): open campaigns, the form, what I nominated. */
export default function Area() {
  return (
    <Routes>
      <Route index element={<MyNominationsPage />} />
      <Route path="new" element={<NewNominationPage />} />
      <Route path=":id" element={<ExistingNominationPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
