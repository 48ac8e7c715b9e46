export { WebAppModule } from './web-app.module';
export { serveWebApp } from './serve-web-app';
