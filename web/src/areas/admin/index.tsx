import { Navigate, Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';
import { RequirePermission } from '../../auth/RequirePermission';
import AccountsPage from './AccountsPage';
import OrganizationsPage from './OrganizationsPage';
import SearchIndexPage from './SearchIndexPage';

/** The administrators' pages: accounts, the organization catalog, the search index. */
export default function Area() {
  return (
    <Routes>
      <Route index element={<Navigate replace to="accounts" />} />
      <Route path="accounts" element={<AccountsPage />} />
      <Route
        path="organizations"
        element={
          <RequirePermission permission="catalog.edit">
            <OrganizationsPage />
          </RequirePermission>
        }
      />
      <Route
        path="search"
        element={
          <RequirePermission permission="search.operate">
            <SearchIndexPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
