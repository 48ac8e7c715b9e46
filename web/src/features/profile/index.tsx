import NotFoundPage from '../../app/NotFoundPage';

/** The profile page /people/:id, shared by officers and association staff. */
export default function ProfilePage() {
  return <NotFoundPage />;
}
