import { index, route } from '@react-router/dev/routes';
import type { RouteConfig } from '@react-router/dev/routes';

/* One folder per feature under routes/; server-only helpers beside them as *.server.ts. */
export default [
  index('routes/home/route.tsx'),
  route('signup', 'routes/auth/signup.tsx'),
  route('login', 'routes/auth/login.tsx'),
  route('logout', 'routes/auth/logout.tsx'),
  route('lang', 'routes/lang/route.ts'),
  route('*', 'routes/not-found/route.tsx'),
] satisfies RouteConfig;
