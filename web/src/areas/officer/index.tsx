import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import { RequirePermission } from '../../auth/RequirePermission';
import PeopleListPage from './PeopleListPage';
import StartPage from './StartPage';

/** The area's pages; each route checks what the caller may do. */
export default function Area() {
  return (
    <Routes>
      <Route
        index
        element={
          <RequirePermission permission="imports.run">
            <StartPage />
          </RequirePermission>
        }
      />
      <Route path="people" element={<PeopleListPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
