export { OpinionsModule } from './opinions.module';
export { OpinionsService } from './opinions.service';
export { OpinionReminders } from './opinion-reminders.service';
export type { ReportOpinion } from './opinions.service';
export { PanelOpinion } from './panel-opinion.entity';
export { PanelOpinionFile } from './panel-opinion-file.entity';
