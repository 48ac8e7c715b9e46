import { describe, expect, it } from 'vitest';
import { exportHref, readPeopleQuery, toExportQuery, toListQuery, writePeopleQuery } from './people-query';

const ORG = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('the people list in the address bar', () => {
  it('reads a shared link back into the same filters, page and order', () => {
    const query = readPeopleQuery(
      new URLSearchParams(
        `q=tôm hùm&field=401&degree=doctorate&commune=22366&org=${ORG}&verified=false&status=retired&sort=-updatedAt&page=3&size=50`,
      ),
    );
    expect(query).toEqual({
      q: 'tôm hùm',
      fieldCode: '401',
      degreeLevel: 'doctorate',
      communeCode: '22366',
      organizationId: ORG,
      verified: false,
      status: 'retired',
      sort: '-updatedAt',
      page: 3,
      pageSize: 50,
    });
    expect(readPeopleQuery(writePeopleQuery(query))).toEqual(query);
  });

  it('drops malformed values from an edited link instead of sending them', () => {
    const query = readPeopleQuery(
      new URLSearchParams(
        'degree=phd&org=not-a-uuid&verified=maybe&status=gone&sort=age&page=-2&size=7&commune=a%20b',
      ),
    );
    expect(query).toEqual({ sort: 'fullName', page: 1, pageSize: 20 });
  });

  it('keeps the defaults out of the link', () => {
    expect(writePeopleQuery({ sort: 'fullName', page: 1, pageSize: 20 }).toString()).toBe('');
    expect(writePeopleQuery({ q: 'Châu', sort: 'fullName', page: 2, pageSize: 20 }).toString()).toBe(
      'q=Ch%C3%A2u&page=2',
    );
  });
});

describe('list and export take the same filters', () => {
  const query = readPeopleQuery(
    new URLSearchParams(`q=nuôi trồng&degree=master&verified=true&page=2&size=50`),
  );

  it('pages the list and exports every page of the same results', () => {
    expect(toListQuery(query)).toEqual({
      q: 'nuôi trồng',
      degreeLevel: 'master',
      verified: true,
      sort: 'fullName',
      limit: 50,
      offset: 50,
    });
    expect(toExportQuery(query)).toEqual({ q: 'nuôi trồng', degreeLevel: 'master', verified: true });
    expect(exportHref('csv', query)).toBe(
      '/api/v1/exports/intellectuals.csv?q=nu%C3%B4i+tr%E1%BB%93ng&degreeLevel=master&verified=true',
    );
  });

  it('turns the "deleted" status into deleted=true for both', () => {
    const deleted = readPeopleQuery(new URLSearchParams('status=deleted&q=Xóa'));
    expect(toExportQuery(deleted)).toEqual({ q: 'Xóa', deleted: true });
    expect(toListQuery(deleted)).toMatchObject({ deleted: true });
    expect(toListQuery(deleted)).not.toHaveProperty('status');
    expect(exportHref('xlsx', deleted)).toBe('/api/v1/exports/intellectuals.xlsx?q=X%C3%B3a&deleted=true');
  });
});
