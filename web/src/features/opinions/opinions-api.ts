import { useQuery } from '@tanstack/react-query';
import { API_BASE, api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';

export type MyOpinion = Schemas['MyOpinionView'];
export type RequestOpinions = Schemas['RequestOpinionsView'];
export type MemberOpinion = Schemas['MemberOpinionView'];
export type OpinionWindow = Schemas['OpinionWindowView'];
export type OpinionFile = Schemas['OpinionFileView'];

/** The server's limit for one attached file (DOCUMENT_LIMITS.maxFileBytes). */
export const OPINION_FILE_MEGABYTES = 20;
export const OPINION_MAX_CHARS = 50_000;

export const myOpinionKey = (id: string) => ['me', 'review-requests', id, 'opinion'] as const;
export const requestOpinionsKey = (id: string) => ['review-requests', id, 'opinions'] as const;

/** The member's own opinion with the request, and the ETag the next save sends as If-Match. */
export function useMyOpinion(id: string) {
  return useQuery({ queryKey: myOpinionKey(id), queryFn: () => fetchMyOpinion(id) });
}

export function fetchMyOpinion(id: string) {
  return unwrapWithEtag(api.GET('/me/review-requests/{id}/opinion', { params: { path: { id } } }));
}

export function saveMyOpinion(id: string, etag: string, text: string) {
  return unwrapWithEtag(
    api.PUT('/me/review-requests/{id}/opinion', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { text },
    }),
  );
}

export function uploadOpinionFile(id: string, file: File) {
  return unwrap(
    api.POST('/me/review-requests/{id}/opinion/files', {
      params: { path: { id } },
      // the contract types a binary part as a string; the serializer sends the File itself
      body: { file: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        return form;
      },
    }),
  );
}

export function deleteOpinionFile(id: string, fileId: string) {
  return unwrap(
    api.DELETE('/me/review-requests/{id}/opinion/files/{fileId}', { params: { path: { id, fileId } } }),
  );
}

/**
 * Where an opinion is read and written: the signed-in member's route (/me/review-requests/{id}), or
 * the personal link's (/opinion-link, the token sent in a header). The editor works with either.
 */
export interface OpinionSource {
  key: readonly unknown[];
  fetch: () => Promise<{ data: MyOpinion; etag: string }>;
  save: (etag: string, text: string) => Promise<{ data: MyOpinion; etag: string }>;
  upload: (file: File) => Promise<OpinionFile>;
  remove: (fileId: string) => Promise<unknown>;
  /** Downloads: the member's own file, a request document, any member's file (`memberFile`). */
  href: (kind: 'file' | 'document' | 'memberFile', id: string) => string;
  /** Sent with downloads; a link's token cannot ride on a plain <a href>. */
  headers?: Record<string, string>;
  /** Every accepted member's opinion, as the member may read them (the request lets them). */
  others: { key: readonly unknown[]; fetch: () => Promise<RequestOpinions> };
}

export function mineSource(id: string): OpinionSource {
  return {
    key: myOpinionKey(id),
    fetch: () => fetchMyOpinion(id),
    save: (etag, text) => saveMyOpinion(id, etag, text),
    upload: (file) => uploadOpinionFile(id, file),
    remove: (fileId) => deleteOpinionFile(id, fileId),
    href: (kind, fileId) =>
      ({ file: myOpinionFileUrl, document: myRequestDocumentUrl, memberFile: opinionFileUrl })[kind](
        id,
        fileId,
      ),
    others: { key: requestOpinionsKey(id), fetch: () => fetchRequestOpinions(id) },
  };
}

export function linkSource(token: string): OpinionSource {
  const header = { 'X-Opinion-Token': token };
  return {
    key: ['opinion-link', token],
    fetch: () => unwrapWithEtag(api.GET('/opinion-link', { params: { header } })),
    save: (etag, text) =>
      unwrapWithEtag(
        api.PUT('/opinion-link', { params: { header: { ...header, 'If-Match': etag } }, body: { text } }),
      ),
    upload: (file) =>
      unwrap(
        api.POST('/opinion-link/files', {
          params: { header },
          body: { file: file.name },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    remove: (fileId) =>
      unwrap(api.DELETE('/opinion-link/files/{fileId}', { params: { header, path: { fileId } } })),
    href: (kind, id) =>
      `${API_BASE}/opinion-link/${{ file: 'files', document: 'documents', memberFile: 'opinions/files' }[kind]}/${id}/content`,
    headers: header,
    others: {
      key: ['opinion-link', token, 'opinions'],
      fetch: () => unwrap(api.GET('/opinion-link/opinions', { params: { header } })),
    },
  };
}

export const myOpinionFileUrl = (id: string, fileId: string) =>
  `${API_BASE}/me/review-requests/${id}/opinion/files/${fileId}/content`;
export const myRequestDocumentUrl = (id: string, documentId: string) =>
  `${API_BASE}/me/review-requests/${id}/documents/${documentId}/content`;
export const opinionFileUrl = (id: string, fileId: string) =>
  `${API_BASE}/review-requests/${id}/opinions/files/${fileId}/content`;

/** Every accepted member with their opinion (staff, the secretary, members when the request allows). */
export function useRequestOpinions(id: string, enabled = true) {
  return useQuery({
    queryKey: requestOpinionsKey(id),
    enabled,
    queryFn: () => fetchRequestOpinions(id),
  });
}

function fetchRequestOpinions(id: string) {
  return unwrap(api.GET('/review-requests/{id}/opinions', { params: { path: { id } } }));
}

export function startReview(id: string) {
  return unwrap(api.POST('/review-requests/{id}/start-review', { params: { path: { id } } }));
}

export function lockPanel(id: string) {
  return unwrap(api.POST('/review-requests/{id}/panel/lock', { params: { path: { id } } }));
}
