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
  facets: Record<string, Record<string, number>>;
}

export const idsOf = (body: SearchBody): string[] => body.items.map((hit) => hit.id);
