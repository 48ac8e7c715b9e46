export { StatsModule } from './stats.module';
export { WorkforceFact } from './workforce/workforce-fact.entity';
export { WorkforceRefresher } from './workforce/workforce-refresher.service';
