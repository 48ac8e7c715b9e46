import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CatalogEntry, Organization } from '../../catalog';
import { PROFILE_NOT_FOUND } from '../../common/access/access';
import { readTogether } from '../../platform/database/read-together';
import {
  Award,
  Education,
  Intellectual,
  IntellectualProperty,
  Publication,
  ResearchProject,
} from '../../intellectuals';
import { CriterionResult, EligibilityFacts, evaluateCriteria } from './eligibility-rules';
import { HonorCampaign } from './honor-campaign.entity';

/** Reads one person's registry facts and evaluates a campaign's criteria on them (eligibility-rules.ts). */
@Injectable()
export class EligibilityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `manager`: the caller's transaction, when the results are stored with what it writes. */
  async evaluateEligibility(
    campaign: HonorCampaign,
    intellectualId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CriterionResult[]> {
    return evaluateCriteria(campaign, await this.factsOf(manager, intellectualId));
  }

  private async factsOf(manager: EntityManager, intellectualId: string): Promise<EligibilityFacts> {
    const person = await manager.findOneBy(Intellectual, { id: intellectualId, mergedIntoId: IsNull() });
    if (!person) throw PROFILE_NOT_FOUND();
    const byPerson = { where: { intellectualId }, order: { id: 'ASC' as const } };
    const [
      commune,
      organization,
      educations,
      publications,
      intellectualProperties,
      researchProjects,
      awards,
    ] = await readTogether(manager, [
      () =>
        person.communeCode
          ? manager.findOneBy(CatalogEntry, { catalog: 'communes', code: person.communeCode })
          : Promise.resolve(null),
      () =>
        person.organizationId
          ? manager.findOneBy(Organization, { id: person.organizationId })
          : Promise.resolve(null),
      () => manager.find(Education, byPerson),
      () => manager.find(Publication, byPerson),
      () => manager.find(IntellectualProperty, byPerson),
      () => manager.find(ResearchProject, byPerson),
      () => manager.find(Award, byPerson),
    ]);
    return {
      status: person.status,
      communeCode: person.communeCode,
      communeName: commune?.nameVi ?? null,
      countryCode: person.countryCode,
      organization: organization
        ? { id: organization.id, name: organization.nameVi, communeCode: organization.communeCode }
        : null,
      academicTitle: person.academicTitle?.code ?? null,
      educations,
      publications,
      intellectualProperties,
      researchProjects,
      awards,
    };
  }
}
