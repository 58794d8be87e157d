import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import request from 'supertest';
import { operationRouter } from '../src/routing';

/** The routes of both apps, in the order they are added: overlapping paths, a HEAD-less GET, several methods on one path. */
const routes: Array<[string, string]> = [
  ['get', '/api/4.0/users/me'],
  ['get', '/api/4.0/users/:user_id'],
  ['delete', '/api/4.0/users/:user_id'],
  ['patch', '/api/4.0/integration_hubs/:integration_hub_id'],
  ['get', '/api/4.0/integration_hubs/:integration_hub_id/health'],
  ['post', '/api/4.0/files/:name.json'],
];

const answer =
  (route: string): RequestHandler =>
  (req, res) => {
    res.json({ route, params: req.params });
  };
const errors: ErrorRequestHandler = (error: { status?: number; message?: string }, _req, res, _next) => {
  res.status(error.status ?? 500).json({ error: error.message });
};

function expressApp() {
  const app = express();
  for (const [method, path] of routes) app[method as 'get'](path, answer(`${method} ${path}`));
  app.use((_req, res) => res.status(404).json({ error: 'none' }));
  app.use(errors);
  return app;
}

function indexedApp() {
  const app = express();
  const router = operationRouter(app);
  for (const [method, path] of routes) router.add(path, method, answer(`${method} ${path}`));
  app.use(router.route);
  app.use((_req, res) => res.status(404).json({ error: 'none' }));
  app.use(errors);
  return app;
}

describe('given the same routes on Express and behind the operation router', () => {
  const reference = expressApp();
  const indexed = indexedApp();

  test.each([
    ['GET', '/api/4.0/users/me'],
    ['DELETE', '/api/4.0/users/me'],
    ['GET', '/api/4.0/users/17'],
    ['HEAD', '/api/4.0/users/17'],
    ['PUT', '/api/4.0/users/17'],
    ['PATCH', '/api/4.0/integration_hubs/2'],
    ['PATCH', '/API/4.0/Integration_Hubs/2'],
    ['PATCH', '/api/4.0/integration_hubs/2/'],
    ['PATCH', '/api/4.0/integration_hubs/2//'],
    ['PATCH', '/api/4.0/integration_hubs//2'],
    ['PATCH', '/api/4.0/integration_hubs/a%2Fb'],
    ['PATCH', '/api/4.0/integration_hubs/%E2%82%AC'],
    ['PATCH', '/api/4.0/integration_hubs/%zz'],
    ['GET', '/api/4.0/integration_hubs/%zz/health'],
    ['DELETE', '/api/4.0/integration_hubs/%zz'],
    ['PATCH', '/api/4.0/integration_hubs/2?fields=id'],
    ['GET', '/api/4.0/integration_hubs/2/health'],
    ['POST', '/api/4.0/files/report.json'],
    ['POST', '/api/4.0/files/report'],
    ['GET', '/api/4.0/nothing'],
    ['GET', '/'],
  ])('%s %s is answered alike: same route, parameters, status and error', async (method, path) => {
    const send = (app: express.Express) => request(app)[method.toLowerCase() as 'get'](path);
    const [want, got] = await Promise.all([send(reference), send(indexed)]);
    expect({ status: got.status, body: got.body }).toEqual({ status: want.status, body: want.body });
  });
});
