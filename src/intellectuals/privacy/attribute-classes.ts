import { can } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';

/**
 * The privacy class of every attribute of a profile, declared once (DESIGN.md section 4). The
 * serializer, the search index mapping and exports all read this table; an attribute missing here
 * is never shown to anyone but through an explicit change to this file.
 */
export const PRIVACY_CLASSES = ['public', 'internal', 'restricted'] as const;
export type PrivacyClass = (typeof PRIVACY_CLASSES)[number];

export const ATTRIBUTE_CLASSES = {
  // identity
  id: 'public',
  fullName: 'public',
  otherNames: 'public',
  gender: 'internal',
  birthYear: 'internal',
  ageBand: 'internal',
  birthDate: 'restricted',
  ethnicGroupCode: 'restricted',
  nationalId: 'restricted',
  hometown: 'restricted',
  disability: 'restricted',
  homeAddress: 'restricted',
  // residence
  communeCode: 'internal',
  provinceName: 'internal',
  countryCode: 'public',
  overseas: 'public',
  // contact (shown to staff and the person; public only with consent, which the serializer checks)
  email: 'internal',
  phone: 'internal',
  // expertise and titles
  biography: 'public',
  expertise: 'public',
  languages: 'public',
  primaryFieldCode: 'public',
  fieldCodes: 'public',
  fieldTree: 'public',
  academicTitle: 'public',
  honoraryTitles: 'public',
  highestDegree: 'public',
  // employment
  organizationId: 'public',
  organizationName: 'public',
  position: 'public',
  sector: 'public',
  civilService: 'internal',
  status: 'internal',
  overseasInfo: 'public',
  // record keeping
  publicProfile: 'internal',
  publicProfileConsentedAt: 'internal',
  provenance: 'internal',
  lockedFacts: 'internal',
  verification: 'internal',
  version: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  // parts
  educations: 'public',
  employments: 'internal',
  publications: 'public',
  publicationCounts: 'public',
  intellectualProperties: 'public',
  ipCount: 'public',
  researchProjects: 'public',
  awards: 'public',
  supervisions: 'public',
  memberships: 'public',
  relations: 'internal',
} as const satisfies Record<string, PrivacyClass>;

export type ProfileAttribute = keyof typeof ATTRIBUTE_CLASSES;

/** The classes a caller may see on one profile. */
export function visibleClasses(
  principal: Principal | undefined,
  isOwner: boolean,
): ReadonlySet<PrivacyClass> {
  if (isOwner || can(principal, Permission.ProfilesReadRestricted)) {
    return new Set(['public', 'internal', 'restricted']);
  }
  if (can(principal, Permission.ProfilesReadInternal)) return new Set(['public', 'internal']);
  return new Set(['public']);
}

/** Attributes of the given classes; e.g. the search index takes public and internal only. */
export function attributesOf(classes: ReadonlySet<PrivacyClass>): ProfileAttribute[] {
  return (Object.keys(ATTRIBUTE_CLASSES) as ProfileAttribute[]).filter((name) =>
    classes.has(ATTRIBUTE_CLASSES[name]),
  );
}

/** Keeps only the attributes whose class the caller may see. */
export function projectAttributes<T extends Partial<Record<ProfileAttribute, unknown>>>(
  view: T,
  classes: ReadonlySet<PrivacyClass>,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(view).filter(([name]) => {
      const privacyClass = ATTRIBUTE_CLASSES[name as ProfileAttribute] as PrivacyClass | undefined;
      return privacyClass !== undefined && classes.has(privacyClass);
    }),
  ) as Partial<T>;
}
