import type { Route } from './+types/confirm-email';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { confirmEmailAction } from './account.server.ts';
import { LinkForm } from './link-form.tsx';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'account.confirmTitle');

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  return confirmEmailAction({ request, context }, translatorFor(langOf(request)));
}

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <LinkForm
      title={t('account.confirmTitle')}
      lead={t('account.confirmLead')}
      button={t('account.confirmButton')}
      token={loaderData.token}
      result={actionData}
    />
  );
}
