import admin from './admin';
import association from './association';
import common from './common';
import honorees from './honorees';
import honors from './honors';
import imports from './imports';
import invitations from './invitations';
import me from './me';
import meetings from './meetings';
import needs from './needs';
import nominations from './nominations';
import nominationLink from './nominationLink';
import officer from './officer';
import opinions from './opinions';
import panels from './panels';
import publicPages from './public';
import report from './report';
import requests from './requests';
import scoring from './scoring';
import stats from './stats';

/** The Vietnamese catalog, the source of truth: one namespace per area of the app. */
const vi = {
  common,
  public: publicPages,
  officer,
  imports,
  association,
  me,
  admin,
  requests,
  panels,
  needs,
  report,
  invitations,
  opinions,
  meetings,
  honors,
  nominations,
  nominationLink,
  scoring,
  honorees,
  stats,
} as const;
export default vi;
