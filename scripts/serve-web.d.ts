/** Types for serve-web.js (plain JS so that `npm run web` needs no compile step). */
import type { Server } from 'http';

export interface RunningServer {
  server: Server;
  port: number;
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The task pane page: "<origin>/taskpane.html". */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT: number;
export const START_PAGE: string;
export function startServer(options: { root: string; port?: number }): Promise<RunningServer>;
export function fileFor(root: string, urlPath: string): string | null;
