import type { CreateIntellectualDto } from '../intellectuals';
import type { GeneratedProfile } from './generated-profile';

/**
 * The profile API's create body for a generated profile: catalog organizations named by short_name
 * become their ids (`organizationIds`, looked up at seed time); consent is given separately.
 */
export function toCreateInput(
  profile: GeneratedProfile,
  organizationIds: ReadonlyMap<string, string>,
): CreateIntellectualDto {
  const { organizationShortName, employments, ...facts } = profile;
  const organizationId = (shortName: string | undefined) =>
    shortName === undefined ? undefined : organizationIds.get(shortName);
  const input: CreateIntellectualDto & { publicProfile?: boolean } = {
    ...facts,
    organizationId: organizationId(organizationShortName),
    employments: employments.map(({ organizationShortName: shortName, ...employment }) => ({
      ...employment,
      organizationId: organizationId(shortName),
    })),
  };
  delete input.publicProfile;
  return input;
}
