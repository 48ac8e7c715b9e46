export { Panel } from './entities/panel.entity';
export { PanelMember } from './entities/panel-member.entity';
export { PanelLoadService } from './panel-load.service';
export { PanelModule } from './panel.module';
export { PanelCandidatesService } from './panel-candidates.service';
export { loadPanelPeople } from './panel-people';
