import type { FastifyPluginAsync } from 'fastify';
import { PAGE, SCRIPT, STYLE } from './explore/assets.js';

/**
 * GET /explore: a page where a person pastes an article and sees what the service reads in it, marked up in the text
 * (one colour per entity type, money, percentage, date and quote; hovering shows the normalised value), with the
 * claims beside it. It calls POST /v1/extract like any client; its script and style are served from here (offline,
 * under the app's CSP). Not part of the API document.
 */
export const exploreRoutes: FastifyPluginAsync = async (app) => {
  app.get('/explore', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get('/explore/explore.js', { schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));
  app.get('/explore/explore.css', { schema: { hide: true } }, async (_request, reply) => reply.type('text/css; charset=utf-8').send(STYLE));
};
