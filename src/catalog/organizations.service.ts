import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService, diff } from '../audit';
import { Principal } from '../common/access/principal';
import { DomainError } from '../common/errors/domain-error';
import { violatedUniqueConstraint } from '../common/errors/unique-violation';
import { Page, page } from '../common/pagination/page';
import { CatalogService, escapeLike } from './catalog.service';
import { CatalogQuery, CreateOrganizationDto, OrganizationView, UpdateOrganizationDto } from './catalog.dto';
import { Organization, ORGANIZATION_AGGREGATE } from './organization.entity';
import { enqueueOutbox } from '../platform/outbox/outbox';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  async list(query: CatalogQuery): Promise<Page<OrganizationView>> {
    const builder = this.organizations
      .createQueryBuilder('org')
      .orderBy('org.name_vi')
      .take(query.limit)
      .skip(query.offset);
    if (query.q) {
      builder.where(
        `(f_unaccent(org.name_vi) ILIKE f_unaccent(:pattern) OR org.name_en ILIKE :pattern OR org.short_name ILIKE :pattern)`,
        { pattern: `%${escapeLike(query.q)}%` },
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return page(
      items.map((item) => OrganizationView.of(item)),
      total,
      query,
    );
  }

  async exists(id: string): Promise<boolean> {
    return this.organizations.existsBy({ id });
  }

  async create(input: CreateOrganizationDto, actor: Principal): Promise<OrganizationView> {
    await this.checkCommune(input.communeCode);
    return this.dataSource.transaction(async (manager) => {
      const organization = manager.create(Organization, {
        nameVi: input.nameVi.trim(),
        nameEn: input.nameEn ?? null,
        shortName: input.shortName ?? null,
        sector: input.sector,
        communeCode: input.communeCode ?? null,
      });
      await manager.save(organization).catch(rethrowDuplicateName);
      const view = OrganizationView.of(organization);
      await this.audit.record(manager, {
        actor,
        action: 'organization.create',
        entityType: 'organization',
        entityId: organization.id,
        changes: diff({}, { ...view }),
      });
      return view;
    });
  }

  async update(id: string, input: UpdateOrganizationDto, actor: Principal): Promise<OrganizationView> {
    await this.checkCommune(input.communeCode);
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organization) throw DomainError.notFound('Organization', 'tổ chức');
      const before = { ...OrganizationView.of(organization) };
      Object.assign(
        organization,
        Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      );
      await manager.save(organization).catch(rethrowDuplicateName);
      const view = OrganizationView.of(organization);
      // Whoever shows the organization (search documents of its people) reacts to this event.
      await enqueueOutbox(manager, ORGANIZATION_AGGREGATE, [id]);
      await this.audit.record(manager, {
        actor,
        action: 'organization.update',
        entityType: 'organization',
        entityId: id,
        changes: diff(before, { ...view }),
      });
      return view;
    });
  }

  private async checkCommune(code: string | null | undefined): Promise<void> {
    if (code && (await this.catalog.unknownCodes('communes', [code])).length) {
      throw DomainError.invalidField(
        'communeCode',
        `Unknown commune code ${code}`,
        `Mã xã ${code} không tồn tại`,
      );
    }
  }
}

function rethrowDuplicateName(error: unknown): never {
  if (violatedUniqueConstraint(error) !== undefined) {
    throw DomainError.conflictOn(
      'ORGANIZATION_NAME_TAKEN',
      'nameVi',
      'An organization with this name exists',
      'Tên tổ chức này đã có',
    );
  }
  throw error;
}
