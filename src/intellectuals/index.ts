export type { EducationDto } from './dto/part.dto';
export { CreateIntellectualDto, FIELD_GROUPS, PROFILE_FIELDS, ProfileField } from './dto/profile.dto';
export type { ProfileFactsDto } from './dto/profile.dto';
export { IntellectualFilter, StaffListFilter } from './dto/requests.dto';
export { Award } from './entities/award.entity';
export type { AwardLevel } from './entities/award.entity';
export { CorrectionRequest } from './entities/correction-request.entity';
export { DEGREE_LEVELS, Education } from './entities/education.entity';
export type { DegreeLevel } from './entities/education.entity';
export { Employment } from './entities/employment.entity';
export { IntellectualProperty, IP_KINDS } from './entities/intellectual-property.entity';
export type { IpKind, IpStatus } from './entities/intellectual-property.entity';
export {
  ACADEMIC_TITLES,
  GENDERS,
  INTELLECTUAL_AGGREGATE,
  Intellectual,
  STATUSES,
} from './entities/intellectual.entity';
export type {
  AcademicTitle,
  AcademicTitleCode,
  CivilService,
  Gender,
  Hometown,
  HonoraryTitle,
  IntellectualStatus,
  OverseasInfo,
} from './entities/intellectual.entity';
export { Membership } from './entities/membership.entity';
export { ProfileInvitation } from './entities/profile-invitation.entity';
export { Publication } from './entities/publication.entity';
export { INDEX_CLASSES } from './entities/publication.entity';
export type { AuthorRole, IndexClass } from './entities/publication.entity';
export { Relation } from './entities/relation.entity';
export { PROJECT_LEVELS, ResearchProject } from './entities/research-project.entity';
export type { ProjectLevel, ProjectRole } from './entities/research-project.entity';
export { Supervision } from './entities/supervision.entity';
export { peopleScope } from './intellectual-filter';
export { afterInVietnameseNameOrder, orderByVietnameseName } from './name-order';
export type { PeopleScope } from './intellectual-filter';
export { IntellectualsModule } from './intellectuals.module';
export { IntellectualsService } from './intellectuals.service';
export {
  ATTRIBUTE_CLASSES,
  PrivacyClass,
  ProfileAttribute,
  attributesOf,
  visibleClasses,
} from './privacy/attribute-classes';
export { applyFacts, assertValidFacts, importableFacts, planFacts } from './profile-facts';
export { PARTS, PART_KINDS, PartEntity, partFacts } from './profile-parts';
export { ProfilePartsService, unverified } from './profile-parts.service';
export { ProfileView } from './profile-view';
export { DEGREE_RANKING } from './summary/profile-summary.entity';
export { PublicProfileView } from './profile-view.doc';
export { DIRECTORY_STATUSES, PublicProfiles } from './public-profiles.service';
export { ProfileUnit, ProfileWriter } from './profile-writer';
export { ReferenceChecker, factReferences } from './validation/reference-checker';
export { FULL_TEXT_CAP, FullTextMatcher } from './full-text-matcher';
export { WriteOptions } from './profile-writer';
export { ageBandLabel, ageBandLabelEn, ageBandOf, birthYearRange, currentYear } from './summary/age-bands';
export type { AgeBand } from './summary/age-bands';
export { loadSummaries } from './summary/profile-summary';
export type { ProfileSummary } from './summary/profile-summary';
export { ProfileSummaryRow } from './summary/profile-summary.entity';
export { AGE_BANDS } from './summary/age-bands';
export { GENDER_NAMES, STATUS_NAMES } from './entities/intellectual.entity';
