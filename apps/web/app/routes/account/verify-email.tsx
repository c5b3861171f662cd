import type { Route } from './+types/verify-email';
import { useT } from '../../lib/i18n/use-t.ts';
import { keyMeta } from '../../lib/meta.ts';
import { verifyEmailAction } from './account.server.ts';
import { LinkForm } from './link-form.tsx';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'account.verifyTitle');

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  return verifyEmailAction({ request, context });
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <LinkForm
      title={t('account.verifyTitle')}
      lead={t('account.verifyLead')}
      button={t('account.verifyButton')}
      token={loaderData.token}
      result={actionData}
    />
  );
}
