import { EntityManager, In } from 'typeorm';
import { Intellectual, loadSummaries } from '../../intellectuals';
import type { AgeBand } from '../../intellectuals';
import type { EligibilityFacts } from '../matching';
import { readTogether } from '../../platform/database/read-together';

/** What the panel rules and views read of a person. */
export interface PanelPerson {
  id: string;
  fullName: string;
  /** Whether they may sit on a panel (mayBeProposedForPanels reads it). */
  eligibility: EligibilityFacts;
  organizationId: string | null;
  organizationName: string | null;
  fieldTree: string[];
  gender: string | null;
  ageBand: AgeBand | null;
  overseas: boolean;
}

/** The people by id, in two queries (the profile rows and their summaries); unknown ids are absent. */
export async function loadPanelPeople(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, PanelPerson>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [people, summaries] = await readTogether(manager, [
    () =>
      manager.find(Intellectual, {
        select: {
          id: true,
          fullName: true,
          status: true,
          organizationId: true,
          gender: true,
          deletedAt: true,
          mergedIntoId: true,
        },
        where: { id: In(unique) },
        withDeleted: true,
      }),
    () => loadSummaries(manager, unique),
  ]);
  return new Map(
    people.map((person) => {
      const summary = summaries.get(person.id);
      return [
        person.id,
        {
          id: person.id,
          fullName: person.fullName,
          eligibility: {
            status: person.status,
            deletedAt: person.deletedAt,
            mergedIntoId: person.mergedIntoId,
          },
          organizationId: person.organizationId,
          organizationName: summary?.employerName ?? null,
          fieldTree: summary?.fieldTree ?? [],
          gender: person.gender,
          ageBand: summary?.ageBand ?? null,
          overseas: summary?.overseas ?? false,
        },
      ];
    }),
  );
}
