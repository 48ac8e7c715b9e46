import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { PROFILE_NOT_FOUND } from '../common/access/access';
import { Intellectual, IntellectualStatus } from './entities/intellectual.entity';
import { PrivacyClass } from './privacy/attribute-classes';
import { ProfileLoader } from './profile-loader';
import { serializeProfile } from './profile-view';
import { PublicProfileView } from './profile-view.doc';

/** Who the public directory lists: people who consented, while alive (deleted profiles are never read). */
export const DIRECTORY_STATUSES = ['active', 'retired'] as const satisfies readonly IntellectualStatus[];

const PUBLIC: ReadonlySet<PrivacyClass> = new Set(['public']);

function listed(profile: Intellectual): boolean {
  return profile.publicProfile && (DIRECTORY_STATUSES as readonly string[]).includes(profile.status);
}

/** Public profile pages: what anyone may read of a person listed in the directory. */
@Injectable()
export class PublicProfiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: ProfileLoader,
  ) {}

  /**
   * The public attributes of a listed person, read from PostgreSQL so that a withdrawn consent takes
   * effect at once. Any other id, existing or not, answers the same 404: nothing tells them apart.
   */
  async get(id: string): Promise<PublicProfileView> {
    const view = await this.find(id);
    if (!view) throw PROFILE_NOT_FOUND();
    return view;
  }

  /** The same, undefined for anyone not listed (and for what is not an id, such as a mistyped link). */
  async find(id: string): Promise<PublicProfileView | undefined> {
    if (!isUUID(id)) return undefined;
    const loaded = await this.loader.load(this.dataSource.manager, id);
    if (!loaded || !listed(loaded.profile)) return undefined;
    // the serializer builds every public attribute, as PublicProfileView documents them
    return serializeProfile(loaded, PUBLIC) as PublicProfileView;
  }
}
