import { index, route } from '@react-router/dev/routes';
import type { RouteConfig } from '@react-router/dev/routes';

/* One folder per feature under routes/; server-only helpers beside them as *.server.ts. */
export default [
  index('routes/home/route.tsx'),
  route('search', 'routes/search/route.tsx'),
  route('actors/:slug', 'routes/actors/actor.tsx'),
  route('people/:id', 'routes/people/person.tsx'),
  route('clusters', 'routes/clusters/list.tsx'),
  route('clusters/:slug', 'routes/clusters/cluster.tsx'),
  route('clusters/:slug/manage', 'routes/clusters/manage.tsx'),

  route('technologies/:slug', 'routes/technologies/technology.tsx'),
  route('commercialisation', 'routes/commercialisation/pipeline.tsx'),
  route('opportunities', 'routes/opportunities/list.tsx'),
  route('opportunities/new', 'routes/opportunities/new.tsx'),
  route('opportunities/:id', 'routes/opportunities/opportunity.tsx'),
  route('partners', 'routes/partners/route.tsx'),
  route('signup', 'routes/auth/signup.tsx'),

  route('login', 'routes/auth/login.tsx'),
  route('verify-email', 'routes/account/verify-email.tsx'),
  route('forgot-password', 'routes/account/forgot-password.tsx'),
  route('reset-password', 'routes/account/reset-password.tsx'),
  route('confirm-email', 'routes/account/confirm-email.tsx'),
  route('unsubscribe', 'routes/account/unsubscribe.tsx'),
  route('logout', 'routes/auth/logout.tsx'),
  route('me', 'routes/me/route.tsx'),
  route('me/export', 'routes/me/export.ts'),
  route('admin', 'routes/admin/route.tsx'),
  route('admin/mailbox', 'routes/admin/mailbox.tsx'),
  route('lang', 'routes/lang/route.ts'),

  route('*', 'routes/not-found/route.tsx'),
] satisfies RouteConfig;
