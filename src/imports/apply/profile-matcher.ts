import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Education } from '../../intellectuals/entities/education.entity';
import { Intellectual } from '../../intellectuals/entities/intellectual.entity';
import { ImportRow } from '../rows/import-row';

/** Finds the stored profiles an imported row may be about. */
@Injectable()
export class ProfileMatcher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byNationalId(nationalId: string): Promise<Intellectual | null> {
    return this.dataSource.getRepository(Intellectual).findOneBy({ nationalId });
  }

  /**
   * People with the same name (ignoring case and diacritics) whose birth date and organization do
   * not contradict the row's, and who cannot be told apart by national ID.
   */
  async sameNameAndBirth(row: ImportRow): Promise<Intellectual[]> {
    return this.dataSource
      .getRepository(Intellectual)
      .createQueryBuilder('person')
      .where('f_unaccent(lower(person.full_name)) = f_unaccent(lower(:name))', { name: row.fullName })
      .andWhere(
        '(CAST(:birthDate AS date) IS NULL OR person.birth_date IS NULL OR person.birth_date = :birthDate)',
        {
          birthDate: row.birthDate,
        },
      )
      .andWhere(
        '(CAST(:organizationId AS uuid) IS NULL OR person.organization_id IS NULL OR person.organization_id = :organizationId)',
        { organizationId: row.organizationId },
      )
      .andWhere('(CAST(:nationalId AS text) IS NULL OR person.national_id IS NULL)', {
        nationalId: row.nationalId,
      })
      .orderBy('person.created_at')
      .limit(20)
      .getMany();
  }

  async educationsOf(intellectualId: string): Promise<Education[]> {
    return this.dataSource.getRepository(Education).findBy({ intellectualId });
  }
}
