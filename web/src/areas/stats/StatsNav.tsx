import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../auth/session';

/** The statistics pages, those the person may open. */
export function StatsNav() {
  const { t } = useTranslation('stats');
  const { can } = useSession();
  const links = [
    { to: '/stats', label: t('nav.workforce'), end: true },
    { to: '/stats/trends', label: t('nav.trends') },
    ...(can('stats.read-sensitive')
      ? [
          { to: '/stats/forecasts', label: t('nav.forecasts') },
          { to: '/stats/report', label: t('nav.report') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: 16 }}>
      <Flex wrap gap={16}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            to={link.to}
            end={link.end}
            style={({ isActive }) => ({
              fontWeight: isActive ? 700 : 400,
              textDecoration: isActive ? 'none' : 'underline',
            })}
          >
            {link.label}
          </NavLink>
        ))}
      </Flex>
    </nav>
  );
}
