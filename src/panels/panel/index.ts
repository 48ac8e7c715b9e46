export { Panel } from './entities/panel.entity';
export { PanelMember } from './entities/panel-member.entity';
export { PanelLoadService } from './panel-load.service';
export { PanelModule } from './panel.module';
export { PanelAssessor, seatEntryOf, violationView } from './panel-assessor';
export { PanelCandidatesService } from './panel-candidates.service';
export { loadPanelPeople } from './panel-people';
