import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import { RequirePermission } from '../../auth/RequirePermission';
import CorrectionsPage from './corrections/CorrectionsPage';
import DuplicatesPage from './duplicates/DuplicatesPage';
import ImportPage from './imports/ImportPage';
import ImportsPage from './imports/ImportsPage';
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
      <Route
        path="imports"
        element={
          <RequirePermission permission="imports.run">
            <ImportsPage />
          </RequirePermission>
        }
      />
      <Route
        path="imports/:id"
        element={
          <RequirePermission permission="imports.run">
            <ImportPage />
          </RequirePermission>
        }
      />
      <Route
        path="duplicates"
        element={
          <RequirePermission permission="profiles.merge">
            <DuplicatesPage />
          </RequirePermission>
        }
      />
      <Route
        path="corrections"
        element={
          <RequirePermission permission="corrections.decide">
            <CorrectionsPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
