import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [ImportsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
