import { Route, Routes } from 'react-router';
import NotFoundPage from '../../app/NotFoundPage';

/** The area's pages; each route checks what the caller may do. */
export default function Area() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
