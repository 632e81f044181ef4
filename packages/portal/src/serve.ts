/**
 * @module Serves a built portal folder over HTTP on loopback (Hono's static middleware), for the
 * browser tests and for `npm start`, which shows the portal next to the sandbox.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export interface ServePortalOptions {
  /** The built site (`build/portal`). */
  readonly dir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly hostname?: string;
}

export interface RunningPortal {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:53121/`. */
  readonly url: string;
  close(): Promise<void>;
}

export function servePortal(options: ServePortalOptions): Promise<RunningPortal> {
  const hostname = options.hostname ?? '127.0.0.1';
  const app = new Hono();
  app.use('/*', serveStatic({ root: options.dir }));
  app.notFound((c) => c.text('Not found', 404));
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname },
      (info: AddressInfo) => {
        resolve({
          url: `http://${hostname}:${info.port}/`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
