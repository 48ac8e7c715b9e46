import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { Agent } from 'undici';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { undiciHttpClient } from './undici-http-client';

export const MEILI_AGENT = Symbol('MEILI_AGENT');

/** The admin client (master key): stays on the server, used by the indexer, settings and health. */
@Global()
@Module({
  providers: [
    { provide: MEILI_AGENT, useFactory: () => new Agent({ keepAliveTimeout: 30_000, connections: 64 }) },
    {
      provide: Meilisearch,
      inject: [APP_CONFIG, MEILI_AGENT],
      useFactory: (config: AppConfig, agent: Agent) =>
        new Meilisearch({
          host: config.meili.url,
          apiKey: config.meili.masterKey,
          httpClient: undiciHttpClient(agent),
          timeout: 10_000,
        }),
    },
  ],
  exports: [Meilisearch, MEILI_AGENT],
})
export class MeilisearchModule implements OnApplicationShutdown {
  constructor(@Inject(MEILI_AGENT) private readonly agent: Agent) {}

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close();
  }
}
