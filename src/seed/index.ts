export { DemoSeedService } from './demo-seed.service';
export { SeedModule } from './seed.module';
