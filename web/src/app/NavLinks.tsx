import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavItem } from './navigation';

/**
 * The main menu as a list of links (what a site's navigation is to a screen reader, where Ant
 * Design's Menu says "menu" and weighs 14 KB gzip on every page). The current page's entry says so.
 */
export function NavLinks({
  items,
  selected,
  variant,
  onNavigate,
}: {
  items: readonly NavItem[];
  selected: string | undefined;
  variant: 'bar' | 'drawer';
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className={`tkh-nav-links tkh-nav-links-${variant}`}>
      {items.map((item) => (
        <li key={item.path}>
          <Link
            to={item.path}
            aria-current={item.path === selected ? 'page' : undefined}
            onClick={onNavigate}
          >
            {t(`nav.${item.label}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
