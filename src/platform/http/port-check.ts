import { createServer } from 'node:net';

/**
 * Why the service could not listen on `host:port`, or undefined when it can. Checked before anything
 * starts, so a taken port fails the start at once instead of after migrations and account creation.
 */
export function portProblem(port: number, host: string): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use (another instance or program listens there)'
          : error.code === 'EACCES'
            ? 'needs privileges this user does not have'
            : `cannot be used (${error.code ?? error.message})`;
      resolve(`PORT ${port} on ${host} ${reason}; stop that program or set PORT to a free port`);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}
