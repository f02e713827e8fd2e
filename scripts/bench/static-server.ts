import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

type ServeOptions = { root: string; port: number; dataFile?: string; dataPath?: string };

/**
 * The production build as a static host serves it: files from `root`, index.html for any other path (SPA
 * fallback), gzip where the browser accepts it, hashed assets cached for good. `dataFile`, if given, is served
 * at the data file's address instead of the bundled one.
 */
export function serveStatic({
  root,
  port,
  dataFile,
  dataPath = "/data/commitments.json",
}: ServeOptions): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  // Compressed once before the first request, as a host or CDN serves a large file it has cached, rather
  // than making the first run of a benchmark wait seconds for 85 MB to be compressed.
  if (dataFile) gzipped.set(dataFile, gzipSync(readFileSync(dataFile), { level: 6 }));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let file = join(root, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (dataFile && url.pathname === dataPath) file = dataFile;
    else if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, "index.html");
    const type = types[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = { "Content-Type": type };
    headers["Cache-Control"] = url.pathname.startsWith("/assets/")
      ? "public, max-age=31536000, immutable"
      : "no-cache";
    const compressible = /text|json|svg/.test(type);
    if (compressible && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 });
        gzipped.set(file, body);
      }
      response.writeHead(200, {
        ...headers,
        "Content-Encoding": "gzip",
        "Content-Length": String(body.length),
      });
      response.end(body);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
