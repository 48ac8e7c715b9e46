/** The shape of a search answer, for typed assertions. */
export interface SearchHitBody {
  id: string;
  fullName: string;
  highlight: Record<string, string | string[]>;
  [attribute: string]: unknown;
}

export interface SearchBody {
  items: SearchHitBody[];
  total: number;
  limit: number;
  offset: number;
  facets: Record<string, Array<{ value: string; label: string; count: number }>>;
}

export const idsOf = (body: SearchBody): string[] => body.items.map((hit) => hit.id);
