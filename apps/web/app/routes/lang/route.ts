import { redirect } from 'react-router';
import type { Route } from './+types/route';
import { isLang } from '../../lib/i18n/index.ts';
import { langCookie } from '../../lib/lang.server.ts';
import { safeRedirect } from '../../lib/viewer.server.ts';

/* The language switch: a plain form post, so it works without JavaScript; remembered in a cookie. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = form.get('lang');
  const to = safeRedirect(form.get('redirectTo'));
  if (!isLang(lang)) return redirect(to);
  return redirect(to, { headers: { 'set-cookie': langCookie(lang) } });
}

export function loader() {
  return redirect('/');
}
