import { startTestServices, TestServices } from './test-services';

declare global {
  var __TKH_TEST_SERVICES__: TestServices | undefined;
}

export default async function globalSetup(): Promise<void> {
  globalThis.__TKH_TEST_SERVICES__ = await startTestServices();
}
