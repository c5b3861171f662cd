import type { ReactNode } from 'react';
import { Form, useNavigation } from 'react-router';
import { FormAlert } from '../../components/field.tsx';
import type { AccountActionData } from './account.server.ts';

/** A mailed link's page: what it does, and the button that does it (a POST spends the token). */
export function LinkForm(props: {
  readonly title: string;
  readonly lead: string;
  readonly button: string;
  readonly token: string;
  readonly result: AccountActionData | undefined;
  readonly children?: ReactNode;
}) {
  const busy = useNavigation().state === 'submitting';
  const { result } = props;
  return (
    <section className="narrow" aria-labelledby="link-heading">
      <h1 id="link-heading">{props.title}</h1>
      {result?.ok ? (
        <FormAlert tone="ok" message={result.message} />
      ) : (
        <Form method="post" className="form" noValidate>
          <FormAlert message={result?.errors?.form} />
          <p>{props.lead}</p>
          <input type="hidden" name="token" value={props.token} />
          {props.children}
          <p>
            <button type="submit" disabled={busy}>
              {props.button}
            </button>
          </p>
        </Form>
      )}
    </section>
  );
}
