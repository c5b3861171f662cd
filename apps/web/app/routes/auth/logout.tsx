import { Form } from 'react-router';
import type { Route } from './+types/logout';
import { useT } from '../../lib/i18n/use-t.ts';
import { keyMeta } from '../../lib/meta.ts';
import { logOutAction } from './auth.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'auth.logoutTitle');

export async function action({ request, context }: Route.ActionArgs) {
  return logOutAction({ request, context });
}

/* Logging out changes state, so it is a POST; this page is the no-JavaScript confirmation. */
export default function LogOut() {
  const t = useT();
  return (
    <section className="narrow">
      <h1>{t('auth.logoutTitle')}</h1>
      <Form method="post">
        <p>{t('auth.logoutConfirm')}</p>
        <button type="submit">{t('nav.logout')}</button>
      </Form>
    </section>
  );
}
