import type { Route } from './+types/reset-password';
import { TextField } from '../../components/field.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import { keyMeta } from '../../lib/meta.ts';
import { resetPasswordAction } from './account.server.ts';
import { LinkForm } from './link-form.tsx';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'account.resetTitle');

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  return resetPasswordAction({ request, context });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <LinkForm
      title={t('account.resetTitle')}
      lead={t('account.resetLead')}
      button={t('account.resetButton')}
      token={loaderData.token}
      result={actionData}
    >
      <TextField
        label={t('account.newPassword')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint={t('auth.passwordHint')}
        error={actionData?.errors?.fields.password}
      />
    </LinkForm>
  );
}
