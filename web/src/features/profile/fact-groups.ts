import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { FactGroupFields } from './model';

/**
 * The fact groups of a profile and the facts each keeps provenance for, as the server groups them
 * (it never changes while the app runs); empty until loaded.
 */
export function useFactGroups(): readonly FactGroupFields[] {
  const { data } = useQuery({
    queryKey: ['fact-groups'],
    queryFn: () => unwrap(api.GET('/intellectuals/fact-groups')),
    staleTime: Infinity,
  });
  return data?.groups ?? [];
}
