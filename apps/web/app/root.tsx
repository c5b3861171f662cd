import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from 'react-router';
import type { ReactNode } from 'react';
import type { Route } from './+types/root';
import stylesheet from './styles/app.css?url';
import { DEFAULT_LANG, isLang, translatorFor } from './lib/i18n/index.ts';
import type { Lang } from './lib/i18n/index.ts';
import { langOf } from './lib/lang.server.ts';
import type { SiteViewer } from './lib/load-context.ts';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

/* The viewer comes from the load context: the server resolved it once for this request. */
export function loader({ request, context }: Route.LoaderArgs) {
  return { lang: langOf(request), viewer: context.viewer };
}

type RootData = ReturnType<typeof loader>;

function SiteHeader({ lang, viewer }: { lang: Lang; viewer: SiteViewer | null }) {
  const t = translatorFor(lang);
  const location = useLocation();
  const here = location.pathname + location.search;
  const other: Lang = lang === 'nb' ? 'en' : 'nb';
  const roles = viewer?.roles ?? [];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-label={`${t('site.name')} – ${t('nav.home')}`}>
          <svg
            aria-hidden="true"
            width="28"
            height="28"
            viewBox="0 0 28 28"
            className="brand__mark"
          >
            <circle cx="8" cy="9" r="5" />
            <circle cx="20" cy="9" r="5" />
            <circle cx="14" cy="20" r="5" />
          </svg>
          <span>{t('site.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/search">{t('nav.search')}</NavLink>
            </li>
            <li>
              <NavLink to="/partners">{t('nav.partners')}</NavLink>
            </li>
            <li>
              <NavLink to="/clusters">{t('nav.clusters')}</NavLink>
            </li>
            <li>
              <NavLink to="/commercialisation">{t('nav.commercialisation')}</NavLink>
            </li>
            <li>
              <NavLink to="/opportunities">{t('nav.opportunities')}</NavLink>
            </li>
            {viewer?.user ? (
              <li>
                <NavLink to="/me">{t('nav.me')}</NavLink>
              </li>
            ) : null}
            {roles.includes('ADMIN') ? (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="site-header__tools">
          <Form method="post" action="/lang" className="inline-form">
            <input type="hidden" name="lang" value={other} />
            <input type="hidden" name="redirectTo" value={here} />
            <button type="submit" className="button button--quiet" lang={other}>
              {t('lang.switchTo')}
            </button>
          </Form>
          {viewer?.user ? (
            <Form method="post" action="/logout" className="inline-form">
              <span className="visually-hidden">
                {t('nav.signedInAs', { name: viewer.user.name })}
              </span>
              <button type="submit" className="button button--quiet">
                {t('nav.logout')}
              </button>
            </Form>
          ) : (
            <>
              <Link to="/login" className="button button--quiet">
                {t('nav.login')}
              </Link>
              <Link to="/signup" className="button">
                {t('nav.signup')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData('root') as RootData | undefined;
  const lang: Lang = isLang(data?.lang) ? data.lang : DEFAULT_LANG;
  const t = translatorFor(lang);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b3d5c" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t('skip.toMain')}
        </a>
        <SiteHeader lang={lang} viewer={data?.viewer ?? null} />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('footer.about')}</p>
          <p>
            <a href="/graphql">{t('footer.api')}</a>
          </p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const data = useRouteLoaderData('root') as RootData | undefined;
  const lang: Lang = isLang(data?.lang) ? data.lang : DEFAULT_LANG;
  const t = translatorFor(lang);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const notFound = status === 404;
  const forbidden = status === 403;
  const title = notFound
    ? t('error.notFoundTitle')
    : forbidden
      ? t('error.forbiddenTitle')
      : t('error.serverTitle');
  const body = notFound
    ? t('error.notFoundBody')
    : forbidden
      ? t('common.forbidden')
      : t('error.serverBody');
  if (!isRouteErrorResponse(error) && import.meta.env.DEV) console.error(error);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <title>{`${title} · ${t('site.name')}`}</title>
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/" className="button">
          {t('error.goHome')}
        </Link>
      </p>
    </section>
  );
}
