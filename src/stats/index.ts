export { StatsModule } from './stats.module';
export { StatTarget } from './targets/stat-target.entity';
export { WorkforceFact } from './workforce/workforce-fact.entity';
export { WorkforceRefresher } from './workforce/workforce-refresher.service';
