import { useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '../../api/client';

export const ME_KEY = ['me'] as const;
export const MY_CORRECTIONS_KEY = ['me', 'corrections'] as const;

/** The person's whole record with its ETag, which every change sends back as If-Match. */
export function useMyProfile() {
  return useQuery({ queryKey: ME_KEY, queryFn: () => unwrapWithEtag(api.GET('/me')) });
}
