import { describe, expect, it } from 'vitest';
import { editableFacts, type FactGroupFields, type Profile } from './model';

describe("the officer's fact form follows the server's fact groups", () => {
  const groups: FactGroupFields[] = [
    { group: 'employment', fields: ['organizationId', 'position', 'civilService'] },
    { group: 'identity', fields: ['fullName', 'nationalId'] },
    { group: 'overseas', fields: ['overseasInfo'] },
  ];

  it('keeps the groups and their facts in the order the server gives, with an input for each', () => {
    const profile = { fullName: 'Lê Văn Sóng', nationalId: '056080001234', position: 'Kỹ sư' } as Profile;
    const form = editableFacts(profile, groups);
    expect(form.map(({ group, fields }) => [group, fields.map((field) => field.name)])).toEqual([
      ['employment', ['position']],
      ['identity', ['fullName', 'nationalId']],
    ]);
    expect(form[1].fields[0].input).toEqual({ kind: 'text', required: true });
  });

  it('leaves out the facts this caller is not shown (no restricted fact for who may not see it)', () => {
    const profile = { fullName: 'Lê Văn Sóng' } as Profile;
    expect(editableFacts(profile, groups).flatMap(({ fields }) => fields.map((field) => field.name))).toEqual(
      ['fullName'],
    );
  });
});
