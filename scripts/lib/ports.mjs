import { createServer } from 'node:net';

/** True when nothing listens on 127.0.0.1:port. */
export function portFree(port) {
  return new Promise((resolvePort) => {
    const srv = createServer();
    srv.once('error', () => resolvePort(false));
    srv.once('listening', () => srv.close(() => resolvePort(true)));
    srv.listen(port, '127.0.0.1');
  });
}
