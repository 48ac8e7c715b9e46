/**
 * The authorization matrix (DESIGN.md section 5): for every operation of openapi/openapi.json, keyed by
 * operationId, the expected answer for each of the seven actors. Method and path come from the document;
 * matrix.e2e-spec.ts fails for any operation without a row here.
 *
 * OK means "allowed": any answer below 500 other than 401, 403 and 404. Write cells send a body (or omit
 * If-Match) that an allowed caller is refused for by validation (400/415) or preconditions (428), so that
 * cells never change the fixtures other cells use. Refused callers must get exactly 401 (no token), 403
 * (no permission) or 404 (another person's object, DESIGN.md section 5).
 */
export const ACTORS = [
  'anonymous',
  'owner',
  'other',
  'association_staff',
  'personnel_officer',
  'admin',
  /** An agency account acting for the organization the fixture request belongs to. */
  'agency',
] as const;
export type Actor = (typeof ACTORS)[number];

export const OK = 'ok';
export type Expected = typeof OK | 401 | 403 | 404;
type Expectations = readonly [Expected, Expected, Expected, Expected, Expected, Expected, Expected];

//                                                anon  owner other assoc officer admin agency
const PUBLIC: Expectations = /*                */ [OK, OK, OK, OK, OK, OK, OK];
/** Staff reading: profiles.list, profiles.read-internal, exports.run, search.staff. */
const STAFF: Expectations = /*                 */ [401, 403, 403, OK, OK, OK, 403];
/** Record keeping: profiles.edit/merge, catalog.edit, corrections.decide, imports.run. */
const RECORDS: Expectations = /*               */ [401, 403, 403, 403, OK, OK, 403];
/** profiles.invite: officers and association staff (who invite experts without an account), admin. */
const INVITE: Expectations = /*                */ [401, 403, 403, OK, OK, OK, 403];
/** accounts.manage, search.operate. */
const ADMIN: Expectations = /*                 */ [401, 403, 403, 403, 403, OK, 403];
/** own-profile.edit on the caller's own profile: every intellectual, no staff account. */
const OWN: Expectations = /*                   */ [401, OK, OK, 403, 403, 403, 403];
/** own-profile.edit on an object of the owner's: another intellectual is told it does not exist. */
const OWNERS_ITEM: Expectations = /*           */ [401, OK, 404, 403, 403, 403, 403];
/** profiles.read of the owner's profile: staff read any profile, another intellectual gets 404. */
const OWNERS_PROFILE: Expectations = /*        */ [401, OK, 404, OK, OK, OK, 403];

/** panels.manage: association staff and admin. */
const PANELS: Expectations = /*                */ [401, 403, 403, OK, 403, OK, 403];
/** honors.manage: association staff and admin. */
const HONORS: Expectations = /*                */ [401, 403, 403, OK, 403, OK, 403];
/** nominations.read and nominations.submit: intellectuals, agencies, association staff and admin. */
const NOMINATE: Expectations = /*              */ [401, OK, OK, OK, 403, OK, OK];
/** nominations.own: the nominations of oneself, for an intellectual with a linked profile. */
const OWN_NOMINATIONS: Expectations = /*       */ [401, OK, OK, 403, 403, 403, 403];
/**
 * honors.council where validation refuses the id before any council is read: every intellectual (a seat
 * is checked on the round, honor-review tests), staff with honors.manage; who sits where is scoring.e2e-spec.ts's.
 */
const COUNCIL_ROUTE: Expectations = /*         */ [401, OK, OK, OK, 403, OK, 403];
/** panels.history-read of the owner's panels: staff with panels.manage, the person; another intellectual 404. */
const OWNERS_PANELS: Expectations = /*         */ [401, OK, 404, OK, 403, OK, 403];

/** A panel member's own opinion: accepted members only; the owner and other sit on no panel of the fixture. */
const OWN_OPINION: Expectations = /*           */ [401, 404, 404, 403, 403, 403, 403];
/** panels.conduct: staff with panels.manage, or the panel's secretary (the fixture has none: 404). */
const CONDUCT: Expectations = /*               */ [401, 404, 404, OK, 403, OK, 403];
/** panels.conduct where validation refuses before the object is read (any intellectual reaches it). */
const CONDUCT_ROUTE: Expectations = /*         */ [401, OK, OK, OK, 403, OK, 403];
/** panels.own-invitations: an intellectual with a linked profile, no staff account. */
const OWN_INVITATIONS: Expectations = /*       */ [401, OK, OK, 403, 403, 403, 403];

/** requests.read and requests.submit on the agency's own request: the agency, association staff, admin. */
const REQUESTS: Expectations = /*              */ [401, 403, 403, OK, 403, OK, OK];
/** requests.manage: deciding on requests (association staff and admin). */
const REQUESTS_MANAGE: Expectations = /*       */ [401, 403, 403, OK, 403, OK, 403];

/**
 * The report of the fixture request (a draft, no panel, nothing sent): staff read its empty draft;
 * anyone else, the agency included until it is sent, is told it does not exist.
 */
const REPORT_READ: Expectations = /*           */ [401, 404, 404, OK, 404, OK, 404];
/** A report file of the fixture request: none is generated, so every account is answered 404. */
const REPORT_FILE: Expectations = /*           */ [401, 404, 404, 404, 404, 404, 404];

/** Any account. */
const SIGNED_IN: Expectations = /*             */ [401, OK, OK, OK, OK, OK, OK];
/** Only for a browser session cookie. */
const NO_SESSION: Expectations = /*            */ [401, 401, 401, 401, 401, 401, 401];

/** What the runner knows when it builds a request. */
export interface Fixtures {
  profileId: string;
  /** The owner's item of each part kind, by URL segment (educations, research-projects, …). */
  partIds: Record<string, string>;
  importJobId: string;
  correctionId: string;
  accountId: string;
  organizationId: string;
  /** A profile listed in the public directory (its person consented). */
  publicProfileId: string;
  /** A draft review request of the agency actor's organization, entered by staff on its behalf. */
  requestId: string;
  /** A document attached to that request. */
  documentId: string;
}

export interface Row {
  expect: Expectations;
  /** Path parameters; `partId` is filled from the part kind in the path. */
  params?: (f: Fixtures) => Record<string, string | number>;
  query?: Record<string, string>;
  /** JSON body; writes default to one that validation refuses (see above). */
  body?: object;
  /** If-Match with the version of the caller's own profile (to reach the object-level check). */
  ifMatchOwn?: boolean;
}

const profile = (f: Fixtures) => ({ id: f.profileId });
const request = (f: Fixtures) => ({ id: f.requestId });
const REFUSED_BODY = { notAField: true };
const NO_ID = '00000000-0000-4000-8000-000000000000';

/** Officer and self-service routes of each part kind: the same rule for every kind. */
function partRows(kind: string): Record<string, Row> {
  return {
    [`addIntellectual${kind}`]: { expect: RECORDS, params: profile },
    [`updateIntellectual${kind}`]: { expect: RECORDS, params: profile },
    [`deleteIntellectual${kind}`]: { expect: RECORDS, params: profile },
    [`addMy${kind}`]: { expect: OWN },
    // the owner's own item: refused by validation for the owner, unknown (404) for another intellectual
    [`updateMy${kind}`]: { expect: OWNERS_ITEM, ifMatchOwn: true },
    // the owner really deletes it; no later cell needs it
    [`deleteMy${kind}`]: { expect: OWNERS_ITEM, ifMatchOwn: true },
  };
}

export const MATRIX: Record<string, Row> = {
  // auth, accounts
  login: { expect: PUBLIC, body: {} },
  signIn: { expect: PUBLIC, body: {} },
  // the actors send bearer tokens, which are not browser sessions (tests/e2e/auth/sessions.e2e-spec.ts)
  getSession: { expect: NO_SESSION },
  // a bearer caller has no session to end: 204 (sessions.e2e-spec.ts ends real ones)
  signOut: { expect: SIGNED_IN },
  listAccounts: { expect: ADMIN },
  createAccount: { expect: ADMIN },
  getAccount: { expect: ADMIN, params: (f) => ({ id: f.accountId }) },
  updateAccount: { expect: ADMIN, params: (f) => ({ id: f.accountId }) },

  // catalogs
  listOrganizations: { expect: PUBLIC },
  createOrganization: { expect: RECORDS },
  updateOrganization: { expect: RECORDS, params: (f) => ({ id: f.organizationId }) },
  listCatalog: { expect: PUBLIC, params: () => ({ name: 'fields' }) },

  // imports
  getImportTemplate: { expect: RECORDS },
  startImport: { expect: RECORDS },
  listImports: { expect: RECORDS },
  getImport: { expect: RECORDS, params: (f) => ({ id: f.importJobId }) },
  resolveImportRow: { expect: RECORDS, params: (f) => ({ id: f.importJobId, row: 2 }) },
  getImportErrors: { expect: RECORDS, params: (f) => ({ id: f.importJobId }) },

  // exports
  exportIntellectualsXlsx: { expect: STAFF },
  exportIntellectualsCsv: { expect: STAFF },

  // duplicates and merge
  listDuplicates: { expect: RECORDS },
  mergeIntellectuals: { expect: RECORDS, params: profile },

  // profiles
  listIntellectuals: { expect: STAFF },
  createIntellectual: { expect: RECORDS },
  listFactGroups: { expect: SIGNED_IN },
  getIntellectual: { expect: OWNERS_PROFILE, params: profile },
  updateIntellectual: { expect: RECORDS, params: profile },
  deleteIntellectual: { expect: RECORDS, params: profile },
  restoreIntellectual: { expect: RECORDS, params: profile },
  verifyIntellectual: { expect: RECORDS, params: profile },
  getIntellectualHistory: { expect: OWNERS_PROFILE, params: profile },
  inviteIntellectual: { expect: INVITE, params: profile },

  // self-service
  getMyProfile: { expect: OWN },
  updateMyProfile: { expect: OWN },
  setMyPublicProfile: { expect: OWN },
  fileCorrectionRequest: { expect: OWN },
  listMyCorrectionRequests: { expect: OWN },
  // the owner really withdraws it (later cells on it are refused before they reach it)
  withdrawMyCorrectionRequest: { expect: OWNERS_ITEM, params: (f) => ({ requestId: f.correctionId }) },

  // corrections, invitations
  listCorrectionRequests: { expect: RECORDS, query: { status: 'pending' } },
  approveCorrectionRequest: { expect: RECORDS, params: (f) => ({ id: f.correctionId }) },
  rejectCorrectionRequest: { expect: RECORDS, params: (f) => ({ id: f.correctionId }) },
  acceptInvitation: { expect: PUBLIC },

  // profile parts
  ...partRows('Education'),
  ...partRows('Employment'),
  ...partRows('Publication'),
  ...partRows('IntellectualProperty'),
  ...partRows('ResearchProject'),
  ...partRows('Award'),
  ...partRows('Supervision'),
  ...partRows('Membership'),
  ...partRows('DeclaredRelation'),

  // health, search, directory
  getHealth: { expect: PUBLIC },
  searchIntellectuals: { expect: STAFF },
  getSearchStatus: { expect: ADMIN },
  // an admin really rebuilds the (small) index
  reindexSearch: { expect: ADMIN },
  searchDirectory: { expect: PUBLIC },
  getDirectoryProfile: { expect: PUBLIC, params: (f) => ({ id: f.publicProfileId }) },

  // statistics (sensitive dimensions: personnel officers and admins, stats/workforce.e2e-spec.ts)
  listWorkforceDimensions: { expect: STAFF },
  getWorkforceBreakdown: { expect: STAFF, query: { by: 'gender' } },
  exportWorkforceBreakdownXlsx: { expect: STAFF, query: { by: 'gender' } },
  getOpenDataWorkforce: { expect: PUBLIC, query: { by: 'gender' } },
  getStatTrends: { expect: STAFF },
  getStatForecasts: { expect: RECORDS },
  // a year the fixture registry has no one in: 400 for who may, before any document is made
  getYearlyReportDocx: { expect: RECORDS, query: { year: '2001' } },
  getYearlyReportPdf: { expect: RECORDS, query: { year: '2001' } },
  listStatTargets: { expect: STAFF },
  createStatTarget: { expect: ADMIN },
  replaceStatTarget: { expect: ADMIN, params: () => ({ id: NO_ID }) },
  deleteStatTarget: { expect: ADMIN, params: () => ({ id: NO_ID }) },
  exportOpenDataWorkforceXlsx: { expect: PUBLIC, query: { by: 'gender' } },

  // panels (the fixture request is a draft: candidates and suggestions answer 409, an allowed answer)
  getPanelPolicy: { expect: PANELS },
  listReviewRequestCandidates: { expect: PANELS, params: request },
  getReviewRequestPanel: { expect: PANELS, params: request },
  suggestReviewRequestPanel: { expect: PANELS, params: request },
  checkReviewRequestPanel: { expect: PANELS, params: request },
  replaceReviewRequestPanelMembers: { expect: PANELS, params: request },
  listIntellectualPanels: { expect: OWNERS_PANELS, params: profile },

  // the needs board (the fixture request is a draft: interest, withdrawal and shortlisting answer 409,
  // an allowed answer; the interest cell's body is refused by validation)
  listMyMatchingNeeds: { expect: OWN },
  expressNeedInterest: { expect: OWN, params: request },
  withdrawNeedInterest: { expect: OWN, params: request },
  listReviewRequestInterest: { expect: PANELS, params: request },
  getReviewRequestInterestSummary: { expect: REQUESTS, params: request },
  shortlistReviewRequestExpert: {
    expect: PANELS,
    params: (f) => ({ id: f.requestId, intellectualId: f.profileId }),
  },
  unshortlistReviewRequestExpert: {
    expect: PANELS,
    params: (f) => ({ id: f.requestId, intellectualId: f.profileId }),
  },

  // opinions (the fixture request is a draft without a panel: starting and locking answer 409)
  getMyReviewOpinion: { expect: OWN_OPINION, params: request },
  // without If-Match (428) or a file (400/415) every intellectual is refused before membership is read
  saveMyReviewOpinion: { expect: OWN, params: request },
  uploadMyOpinionFile: { expect: OWN, params: request },
  deleteMyOpinionFile: { expect: OWN_OPINION, params: (f) => ({ id: f.requestId, fileId: NO_ID }) },
  downloadMyOpinionFile: { expect: OWN_OPINION, params: (f) => ({ id: f.requestId, fileId: NO_ID }) },
  downloadMyReviewRequestDocument: {
    expect: OWN_OPINION,
    params: (f) => ({ id: f.requestId, documentId: f.documentId }),
  },
  listReviewRequestOpinions: { expect: CONDUCT, params: request },
  downloadReviewRequestOpinionFile: {
    expect: CONDUCT_ROUTE,
    params: (f) => ({ id: f.requestId, fileId: 'none' }),
  },
  // the opinion link: the token (a header) is the right, so anyone reaches its check (400 without one)
  getOpinionByLink: { expect: PUBLIC },
  saveOpinionByLink: { expect: PUBLIC },
  uploadOpinionFileByLink: { expect: PUBLIC },
  deleteOpinionFileByLink: { expect: PUBLIC, params: () => ({ fileId: NO_ID }) },
  downloadOpinionFileByLink: { expect: PUBLIC, params: () => ({ fileId: NO_ID }) },
  downloadReviewRequestDocumentByLink: { expect: PUBLIC, params: (f) => ({ documentId: f.documentId }) },
  listReviewRequestOpinionsByLink: { expect: PUBLIC },
  downloadReviewRequestOpinionFileByLink: { expect: PUBLIC, params: () => ({ fileId: NO_ID }) },
  startReviewRequestReview: { expect: CONDUCT, params: request },
  lockReviewRequestPanel: { expect: CONDUCT, params: request },

  // panel invitations (the fixture request has no panel: the send cell has no If-Match, 428)
  getReviewRequestInvitations: { expect: PANELS, params: request },
  sendReviewRequestInvitations: { expect: PANELS, params: request },
  // the links: the token is the right, so anyone reaches validation (400 for the refused body)
  peekPanelInvitation: { expect: PUBLIC },
  acceptPanelInvitationByLink: { expect: PUBLIC },
  declinePanelInvitationByLink: { expect: PUBLIC },
  // one's own invitations (invitations.e2e-spec.ts shows another person's answers 404)
  listMyPanelInvitations: { expect: OWN_INVITATIONS },
  acceptMyPanelInvitation: { expect: OWN_INVITATIONS, params: () => ({ invitationId: NO_ID }) },
  declineMyPanelInvitation: { expect: OWN_INVITATIONS, params: () => ({ invitationId: NO_ID }) },

  // review requests (no If-Match is sent, so allowed writes answer 428 and change nothing)
  createReviewRequest: { expect: REQUESTS },
  listReviewRequests: { expect: REQUESTS },
  getReviewRequest: { expect: REQUESTS, params: request },
  updateReviewRequest: { expect: REQUESTS, params: request },
  getReviewRequestTimeline: { expect: REQUESTS, params: request },
  submitReviewRequest: { expect: REQUESTS, params: request },
  cancelReviewRequest: { expect: REQUESTS, params: request },
  acceptReviewRequest: { expect: REQUESTS_MANAGE, params: request },
  declineReviewRequest: { expect: REQUESTS_MANAGE, params: request },
  closeReviewRequest: { expect: REQUESTS_MANAGE, params: request },

  // the consolidated report: who compiles it is decided per request (the panel's secretary or staff),
  // so its writes admit any account and answer 428 without If-Match (report.e2e-spec.ts checks the
  // object-level refusals); the agency's answer needs requests.submit
  getReviewReport: { expect: REPORT_READ, params: request },
  saveReviewReportDraft: { expect: SIGNED_IN, params: request },
  generateReviewReport: { expect: SIGNED_IN, params: request },
  sendReviewReport: { expect: SIGNED_IN, params: request },
  downloadReviewReportPdf: { expect: REPORT_FILE, params: request },
  downloadReviewReportDocx: { expect: REPORT_FILE, params: request },
  answerReviewReport: { expect: REQUESTS, params: request },

  // review request documents (the upload cell sends JSON, refused with 415; the delete cell names no
  // document, refused with 400, so the fixture document stays for the download cells)
  uploadReviewRequestDocument: { expect: REQUESTS, params: request },
  listReviewRequestDocuments: { expect: REQUESTS, params: request },
  downloadReviewRequestDocument: {
    expect: REQUESTS,
    params: (f) => ({ id: f.requestId, documentId: f.documentId }),
  },
  deleteReviewRequestDocument: { expect: REQUESTS, params: (f) => ({ id: f.requestId, documentId: 'none' }) },

  // honor campaigns ('none' is refused as an id (400) after the permission check, so no fixture is needed)
  createHonorCampaign: { expect: HONORS },
  listHonorCampaigns: { expect: HONORS },
  getHonorCampaign: { expect: HONORS, params: () => ({ id: 'none' }) },
  updateHonorCampaign: { expect: HONORS, params: () => ({ id: 'none' }) },
  transitionHonorCampaign: { expect: HONORS, params: () => ({ id: 'none' }) },
  listOpenHonorCampaigns: { expect: NOMINATE },
  getHonorCampaignEligibility: {
    expect: HONORS,
    params: (f) => ({ id: 'none', intellectualId: f.profileId }),
  },
  // results: the decision and publication (428 without If-Match), the staff exports (honors.manage and
  // exports.run); the published honoree lists need no account ('none' is refused as an id with 400)
  decideHonorCampaign: { expect: HONORS, params: () => ({ id: 'none' }) },
  publishHonorCampaign: { expect: HONORS, params: () => ({ id: 'none' }) },
  exportHonorNominationsXlsx: { expect: HONORS, params: () => ({ id: 'none' }) },
  exportHonoreesXlsx: { expect: HONORS, params: () => ({ id: 'none' }) },
  exportHonorScoringXlsx: { expect: HONORS, params: () => ({ id: 'none', round: 1 }) },
  exportHonorScoringPdf: { expect: HONORS, params: () => ({ id: 'none', round: 1 }) },
  listPublicHonorCampaigns: { expect: PUBLIC },
  listPublicHonorees: { expect: PUBLIC, params: () => ({ id: 'none' }) },
  // the meeting invitation list of a campaign: staff only; its RSVP links need no account
  listMeetingInvitees: { expect: HONORS, params: () => ({ id: 'none' }) },
  addMeetingInvitee: { expect: HONORS, params: () => ({ id: 'none' }) },
  addMeetingInviteesFromSearch: { expect: HONORS, params: () => ({ id: 'none' }) },
  removeMeetingInvitee: {
    expect: HONORS,
    params: (f) => ({ id: 'none', intellectualId: f.profileId }),
  },
  sendMeetingInvitations: { expect: HONORS, params: () => ({ id: 'none' }) },
  peekMeetingRsvp: { expect: PUBLIC },
  answerMeetingRsvp: { expect: PUBLIC },

  // nominations: 'none' as the id again; who sees which nomination is nominations.e2e-spec.ts's
  createNomination: { expect: NOMINATE },
  listNominations: { expect: NOMINATE },
  getNomination: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  updateNomination: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  checkNominationEligibility: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  listNominationLinkableWorks: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  submitNomination: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  withdrawNomination: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  signNominationDeclaration: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  overrideNominationCriterion: { expect: HONORS, params: () => ({ id: 'none', index: 0 }) },
  // honor review rounds: 'none' as the campaign id again
  listMyScoreSheets: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1 }) },
  getMyScoreSheet: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1, nominationId: NO_ID }) },
  saveMyScoreSheet: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1, nominationId: NO_ID }) },
  submitMyScoreSheet: {
    expect: COUNCIL_ROUTE,
    params: () => ({ id: 'none', round: 1, nominationId: NO_ID }),
  },
  // a council member's personal scoring link: no account, the token (absent here: 400) names the seat
  listScoreSheetsByLink: { expect: PUBLIC },
  getScoreSheetByLink: { expect: PUBLIC, params: () => ({ nominationId: NO_ID }) },
  saveScoreSheetByLink: { expect: PUBLIC, params: () => ({ nominationId: NO_ID }) },
  submitScoreSheetByLink: { expect: PUBLIC, params: () => ({ nominationId: NO_ID }) },
  getRoundProgress: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1 }) },
  getRoundResult: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1 }) },
  confirmRoundResult: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1 }) },
  listMyNominations: { expect: OWN_NOMINATIONS },
  acceptMyNomination: { expect: OWN_NOMINATIONS, params: () => ({ id: 'none' }) },
  declineMyNomination: { expect: OWN_NOMINATIONS, params: () => ({ id: 'none' }) },
  peekNominationAnswer: { expect: PUBLIC },
  answerNominationByLink: { expect: PUBLIC },
  uploadNominationAttachment: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  listNominationAttachments: { expect: NOMINATE, params: () => ({ id: 'none' }) },
  downloadNominationAttachment: { expect: NOMINATE, params: () => ({ id: 'none', fileId: 'none' }) },
  deleteNominationAttachment: { expect: NOMINATE, params: () => ({ id: 'none', fileId: 'none' }) },

  // honor councils: staff seat them ('none' as the campaign id again); council members read their
  // rounds and nominees (who sees which nominee, and 404 when not seated, is councils.e2e-spec.ts's)
  getHonorCouncil: { expect: HONORS, params: () => ({ id: 'none', round: 1 }) },
  replaceHonorCouncil: { expect: HONORS, params: () => ({ id: 'none', round: 1 }) },
  openHonorCouncilScoring: { expect: HONORS, params: () => ({ id: 'none', round: 1 }) },
  liftHonorRecusal: { expect: HONORS, params: () => ({ id: 'none', round: 1, recusalId: 'none' }) },
  listHonorRoundNominees: { expect: COUNCIL_ROUTE, params: () => ({ id: 'none', round: 1 }) },
  // any holder of honors.council; an account without a linked profile sits on no round (empty list)
  listMyCouncilRounds: { expect: COUNCIL_ROUTE },
};

export const WRITE_BODY = REFUSED_BODY;
