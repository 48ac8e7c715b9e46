import { FIELD_GROUPS, PROFILE_FIELDS } from './dto/profile.dto';
import type { Award } from './entities/award.entity';
import { Intellectual } from './entities/intellectual.entity';
import { FactGroup, Provenance, Source, VerificationStatus } from './entities/provenance';
import { personMayChange } from './fact-ownership';
import { PART_KINDS, PartEntity, partFacts } from './profile-parts';
import {
  ATTRIBUTE_CLASSES,
  PrivacyClass,
  ProfileAttribute,
  projectAttributes,
} from './privacy/attribute-classes';
import { ProfileSummary } from './summary/profile-summary';

export interface VerificationView {
  status: VerificationStatus;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

export interface ProvenanceView {
  source: Source;
  verification: VerificationView;
}

export type PartItemView = Record<string, unknown> & {
  id: string;
  source?: Source;
  verification?: VerificationView;
};

export type ProfileView = Partial<Record<ProfileAttribute, unknown>>;

/** A loaded profile: the root (with the part arrays it was loaded with) and its derived facts. */
export interface LoadedProfile {
  profile: Intellectual;
  summary: ProfileSummary;
}

/**
 * The one serializer of profiles: builds every attribute (stored and derived), then keeps only those
 * whose privacy class the caller may see. Every response about a profile goes through here.
 */
export function serializeProfile(loaded: LoadedProfile, classes: ReadonlySet<PrivacyClass>): ProfileView {
  const view = projectAttributes(fullView(loaded), classes);
  const showProvenance = classes.has(ATTRIBUTE_CLASSES.provenance);
  for (const kind of PART_KINDS) {
    const items = view[kind] as PartItemView[] | undefined;
    if (items && !showProvenance) view[kind] = items.map(({ source: _, verification: __, ...rest }) => rest);
  }
  return view;
}

/**
 * The list shape: no part arrays (nor lockedFacts, which names part items), and never restricted
 * attributes (lists are not audited reads).
 */
export function serializeSummary(loaded: LoadedProfile, classes: ReadonlySet<PrivacyClass>): ProfileView {
  const allowed = new Set([...classes].filter((name) => name !== 'restricted'));
  const view = projectAttributes(fullView(loaded), allowed);
  for (const kind of PART_KINDS) delete view[kind];
  delete view.lockedFacts;
  return view;
}

function fullView({ profile, summary }: LoadedProfile): Record<ProfileAttribute, unknown> {
  const parts = (kind: (typeof PART_KINDS)[number]) =>
    ((profile[kind] ?? []) as PartEntity[])
      .slice()
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(partItemView);
  return {
    id: profile.id,
    fullName: profile.fullName,
    otherNames: profile.otherNames,
    gender: profile.gender,
    birthYear: summary.birthYear,
    ageBand: summary.ageBand,
    birthDate: profile.birthDate,
    ethnicGroupCode: profile.ethnicGroupCode,
    nationalId: profile.nationalId,
    hometown: profile.hometown,
    disability: profile.disability,
    homeAddress: profile.homeAddress,
    communeCode: profile.communeCode,
    provinceName: profile.provinceName,
    countryCode: profile.countryCode,
    overseas: summary.overseas,
    email: profile.email,
    phone: profile.phone,
    biography: profile.biography,
    expertise: profile.expertise,
    languages: profile.languages,
    primaryFieldCode: profile.primaryFieldCode,
    fieldCodes: profile.fieldCodes,
    fieldTree: summary.fieldTree,
    academicTitle: profile.academicTitle,
    honoraryTitles: profile.honoraryTitles,
    highestDegree: summary.highestDegree,
    organizationId: profile.organizationId,
    organizationName: summary.employerName,
    position: profile.position,
    sector: profile.sector,
    civilService: profile.civilService,
    status: profile.status,
    overseasInfo: profile.overseasInfo,
    publicProfile: profile.publicProfile,
    publicProfileConsentedAt: profile.publicProfileConsentedAt
      ? new Date(profile.publicProfileConsentedAt).toISOString()
      : null,
    provenance: provenanceView(profile.provenance),
    lockedFacts: lockedFacts(profile),
    verification: summary.verified ? 'verified' : 'unverified',
    version: profile.version,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
    educations: parts('educations'),
    employments: parts('employments'),
    publications: parts('publications'),
    publicationCounts: summary.publicationCounts,
    intellectualProperties: parts('intellectualProperties'),
    ipCount: summary.ipCount,
    researchProjects: parts('researchProjects'),
    awards: parts('awards'),
    supervisions: parts('supervisions'),
    memberships: parts('memberships'),
    relations: parts('relations'),
  };
}

/**
 * What the person changes only through a correction request (FACT_OWNERSHIP), named as FACTS_PROTECTED
 * names them: top-level fields (`position`) and part items (`educations.{id}`).
 */
function lockedFacts(profile: Intellectual): string[] {
  const fields = PROFILE_FIELDS.filter(
    (field) => !personMayChange(FIELD_GROUPS[field], profile.provenance?.[FIELD_GROUPS[field]]?.source),
  );
  const items = PART_KINDS.flatMap((kind) =>
    ((profile[kind] ?? []) as PartEntity[])
      .filter((item) => !personMayChange(kind, item.source))
      .map((item) => `${kind}.${item.id}`),
  );
  return [...fields, ...items];
}

export function partItemView(item: PartEntity): PartItemView {
  // an award written by an honor campaign's publication names it: bookkeeping, shown but never merged
  const campaignId = 'campaignId' in item ? (item as Award).campaignId : null;
  const campaign = campaignId ? { campaignId } : {};
  return {
    id: item.id,
    ...partFacts(item),
    ...campaign,
    source: item.source,
    verification: verificationView(item),
  };
}

function verificationView(part: {
  verification: VerificationStatus;
  verifiedBy: string | null;
  verifiedAt: Date | string | null;
}): VerificationView {
  return {
    status: part.verification,
    verifiedBy: part.verifiedBy,
    verifiedAt: part.verifiedAt ? new Date(part.verifiedAt).toISOString() : null,
  };
}

function provenanceView(
  provenance: Partial<Record<FactGroup, Provenance>>,
): Partial<Record<FactGroup, ProvenanceView>> {
  return Object.fromEntries(
    Object.entries(provenance ?? {}).map(([group, value]) => [
      group,
      { source: value.source, verification: verificationView(value) },
    ]),
  );
}
