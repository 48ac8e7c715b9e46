import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';
import { PART_SEGMENTS, type PartKind, type Profile } from './model';

export interface TaggedProfile {
  data: Profile;
  etag: string;
}

export const profileKey = (id: string) => ['profile', id] as const;
export const historyKey = (id: string) => ['profile', id, 'history'] as const;

export function fetchProfile(id: string): Promise<TaggedProfile> {
  return unwrapWithEtag(api.GET('/intellectuals/{id}', { params: { path: { id } } }));
}

/** The newest 100 events: enough for the timeline and to name who verified what. */
export function fetchHistory(id: string): Promise<Schemas['HistoryEventPage']> {
  return unwrap(api.GET('/intellectuals/{id}/history', { params: { path: { id }, query: { limit: 100 } } }));
}

/** Someone saved the profile after the version this page sent as If-Match. */
// The nine part kinds have routes of one shape (/intellectuals/{id}/{segment}[/{partId}]); the body is
// the kind's own and the server validates it, so the calls go through the educations route's types.
type AnyPartPath = '/intellectuals/{id}/educations';
type AnyPartItemPath = '/intellectuals/{id}/educations/{partId}';
type PartBody = Schemas['EducationDto'];

export function addPart(id: string, kind: PartKind, body: Record<string, unknown>, etag: string) {
  const path = `/intellectuals/{id}/${PART_SEGMENTS[kind]}` as AnyPartPath;
  return unwrapWithEtag(
    api.POST(path, {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: body as unknown as PartBody,
    }),
  );
}

export function updatePart(
  id: string,
  kind: PartKind,
  partId: string,
  body: Record<string, unknown>,
  etag: string,
) {
  const path = `/intellectuals/{id}/${PART_SEGMENTS[kind]}/{partId}` as AnyPartItemPath;
  return unwrapWithEtag(
    api.PATCH(path, {
      params: { path: { id, partId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function deletePart(id: string, kind: PartKind, partId: string, etag: string) {
  const path = `/intellectuals/{id}/${PART_SEGMENTS[kind]}/{partId}` as AnyPartItemPath;
  return unwrapWithEtag(api.DELETE(path, { params: { path: { id, partId }, header: { 'If-Match': etag } } }));
}

/**
 * Where a part form sends its changes: an officer's routes for any profile, or the intellectual's own
 * (/me/{segment}), which the server checks against what the person may change.
 */
export interface PartRoutes {
  add(kind: PartKind, body: Record<string, unknown>, etag: string): Promise<unknown>;
  update(kind: PartKind, partId: string, body: Record<string, unknown>, etag: string): Promise<unknown>;
  remove(kind: PartKind, partId: string, etag: string): Promise<unknown>;
}

export const profileParts = (id: string): PartRoutes => ({
  add: (kind, body, etag) => addPart(id, kind, body, etag),
  update: (kind, partId, body, etag) => updatePart(id, kind, partId, body, etag),
  remove: (kind, partId, etag) => deletePart(id, kind, partId, etag),
});

type MyPartPath = '/me/educations';
type MyPartItemPath = '/me/educations/{partId}';

export const myParts: PartRoutes = {
  add: (kind, body, etag) =>
    unwrapWithEtag(
      api.POST(`/me/${PART_SEGMENTS[kind]}` as MyPartPath, {
        params: { header: { 'If-Match': etag } },
        body: body as unknown as PartBody,
      }),
    ),
  update: (kind, partId, body, etag) =>
    unwrapWithEtag(
      api.PATCH(`/me/${PART_SEGMENTS[kind]}/{partId}` as MyPartItemPath, {
        params: { path: { partId }, header: { 'If-Match': etag } },
        body,
      }),
    ),
  remove: (kind, partId, etag) =>
    unwrapWithEtag(
      api.DELETE(`/me/${PART_SEGMENTS[kind]}/{partId}` as MyPartItemPath, {
        params: { path: { partId }, header: { 'If-Match': etag } },
      }),
    ),
};
