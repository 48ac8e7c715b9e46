export default async function globalTeardown(): Promise<void> {
  await globalThis.__TKH_TEST_SERVICES__?.stop();
}
