import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diff } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { StatTarget } from './stat-target.entity';
import { StatTargetDto, StatTargetView } from './stat-target.dto';

const NOT_FOUND = () => DomainError.notFound('Target', 'chỉ tiêu');

/** The plans' targets: read by every statistics reader, edited by admins, every change audited. */
@Injectable()
export class StatTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<StatTargetView[]> {
    const targets = await this.dataSource
      .getRepository(StatTarget)
      .find({ order: { fromYear: 'DESC', metric: 'ASC', planCode: 'ASC' } });
    return targets.map(viewOf);
  }

  async create(input: StatTargetDto, actor: Principal): Promise<Tagged<StatTargetView>> {
    checkRange(input);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(StatTarget, contentOf(input)));
      await this.record(manager, actor, 'stat_target.create', saved.id, diff({}, contentOf(input)));
      return new Tagged(viewOf(saved), saved.version);
    });
  }

  async replace(
    id: string,
    version: number,
    input: StatTargetDto,
    actor: Principal,
  ): Promise<Tagged<StatTargetView>> {
    checkRange(input);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager, id, version);
      const changes = diff(contentOf(before), contentOf(input));
      if (Object.keys(changes).length > 0) {
        const saved = await manager
          .createQueryBuilder()
          .update(StatTarget)
          .set({ ...contentOf(input), version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id, version })
          .execute();
        if (saved.affected !== 1) throw staleVersion();
        await this.record(manager, actor, 'stat_target.update', id, changes);
      }
      const after = await manager.findOneByOrFail(StatTarget, { id });
      return new Tagged(viewOf(after), after.version);
    });
  }

  async remove(id: string, version: number, actor: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager, id, version);
      await manager.delete(StatTarget, { id, version });
      await this.record(manager, actor, 'stat_target.delete', id, diff(contentOf(before), {}));
    });
  }

  private async current(manager: EntityManager, id: string, version: number): Promise<StatTarget> {
    const target = await manager.findOne(StatTarget, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!target) throw NOT_FOUND();
    if (target.version !== version) throw staleVersion();
    return target;
  }

  private record(
    manager: EntityManager,
    actor: Principal,
    action: string,
    id: string,
    changes: ReturnType<typeof diff>,
  ) {
    return this.audit.record(manager, { actor, action, entityType: 'stat_target', entityId: id, changes });
  }
}

function contentOf(
  input: StatTargetDto | StatTarget,
): Omit<StatTargetDto, 'maxPerYear'> & { maxPerYear: number | null } {
  return {
    metric: input.metric,
    planCode: input.planCode,
    planTitle: input.planTitle,
    fromYear: input.fromYear,
    toYear: input.toYear,
    minPerYear: input.minPerYear,
    maxPerYear: input.maxPerYear ?? null,
  };
}

function checkRange(input: StatTargetDto): void {
  if (input.toYear < input.fromYear) {
    throw DomainError.invalidField(
      'toYear',
      'toYear must not be before fromYear',
      'toYear không được trước fromYear',
    );
  }
  if (input.maxPerYear !== undefined && input.maxPerYear !== null && input.maxPerYear < input.minPerYear) {
    throw DomainError.invalidField(
      'maxPerYear',
      'maxPerYear must not be below minPerYear',
      'maxPerYear không được nhỏ hơn minPerYear',
    );
  }
}

function viewOf(target: StatTarget): StatTargetView {
  return {
    ...contentOf(target),
    id: target.id,
    version: target.version,
    updatedAt: target.updatedAt.toISOString(),
  };
}
