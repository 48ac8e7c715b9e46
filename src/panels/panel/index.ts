export { PanelModule } from './panel.module';
