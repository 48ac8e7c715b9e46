export { PanelModule } from './panel';
