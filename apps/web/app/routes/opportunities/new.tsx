import { OPPORTUNITY_KINDS } from '@kobling/domain';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/new';
import { FormAlert, SelectField, TextArea, TextField } from '../../components/field.tsx';
import { TopicPicker, TopicPickerFragment } from '../../components/topic-picker.tsx';
import { api } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { translatorFor } from '../../lib/i18n/index.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { enumLabel } from '../../lib/labels.ts';
import { langOf } from '../../lib/lang.server.ts';
import { keyMeta } from '../../lib/meta.ts';
import { approvedActors, MyActorsFragment } from '../../lib/my-actors.server.ts';
import { requireUser } from '../../lib/viewer.server.ts';

export const meta: Route.MetaFunction = ({ matches }) => keyMeta(matches, 'opp.postTitle');

const NewOpportunityQuery = graphql(
  `
    query NewOpportunity {
      viewer {
        user {
          ...MyActors
        }
      }
      topics(first: 100) {
        edges {
          node {
            ...TopicPicker
          }
        }
      }
    }
  `,
  [MyActorsFragment, TopicPickerFragment],
);

export async function loader({ request, context }: Route.LoaderArgs) {
  requireUser({ request, context });
  const { data: page } = await api({ request, context }, NewOpportunityQuery, {});
  return { actors: approvedActors(page.viewer.user), topics: page.topics.edges.map((e) => e.node) };
}

const PostOpportunityMutation = graphql(
  `
    mutation PostOpportunity($actorId: ID!, $input: PostOpportunityInput!) {
      postOpportunity(actorId: $actorId, input: $input) {
        __typename
        ...MutationError
        ... on MutationPostOpportunitySuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [MutationErrorFragment],
);

const FIELDS = ['actorId', 'kind', 'title', 'body', 'topics', 'visibility', 'expiresAt'];

export async function action({ request, context }: Route.ActionArgs) {
  const t = translatorFor(langOf(request));
  const form = await request.formData();
  const values = {
    actorId: String(form.get('actorId') ?? ''),
    kind: String(form.get('kind') ?? ''),
    title: String(form.get('title') ?? ''),
    body: String(form.get('body') ?? ''),
    visibility: String(form.get('visibility') ?? 'PUBLIC'),
    expiresAt: String(form.get('expiresAt') ?? ''),
    topics: form.getAll('topics').map(String),
  };
  const fields: Record<string, string> = {};
  if (values.title.trim() === '') fields.title = t('common.required');
  const kind = OPPORTUNITY_KINDS.find((k) => k === values.kind);
  if (kind === undefined) fields.kind = t('common.required');
  if (values.actorId === '') fields.actorId = t('common.required');
  if (Object.keys(fields).length > 0 || kind === undefined) {
    return data<{ errors: FormErrors; values: typeof values }>(
      { errors: { fields }, values },
      { status: 400 },
    );
  }
  const input = {
    kind,
    title: values.title,
    ...(values.body.trim() ? { body: values.body } : {}),
    visibility: values.visibility === 'PRIVATE' ? ('PRIVATE' as const) : ('PUBLIC' as const),
    topics: values.topics,
    ...(values.expiresAt
      ? { expiresAt: new Date(`${values.expiresAt}T23:59:59Z`).toISOString() }
      : {}),
  };
  const { data: result } = await api({ request, context }, PostOpportunityMutation, {
    actorId: values.actorId,
    input,
  });
  const payload = result.postOpportunity;
  const failed = errorResult(payload);
  if (failed) {
    return data({ errors: toFormErrors(failed, FIELDS), values }, { status: 400 });
  }
  const id = payload.__typename === 'MutationPostOpportunitySuccess' ? payload.data.id : '';
  return redirect(`/opportunities/${encodeURIComponent(id)}?posted=1`);
}

export default function NewOpportunity({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { actors, topics } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  if (actors.length === 0) {
    return (
      <section className="narrow">
        <h1>{t('opp.postTitle')}</h1>
        <p className="alert alert--info">{t('opp.needActor')}</p>
        <p>
          <Link to="/me">{t('nav.me')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="new-opp-h">
      <h1 id="new-opp-h">{t('opp.postTitle')}</h1>
      <Form method="post" className="form" noValidate>
        <FormAlert
          message={
            errors?.form ??
            (errors && Object.keys(errors.fields).length > 0 ? t('common.formError') : undefined)
          }
        />
        <SelectField
          label={t('opp.postAs')}
          name="actorId"
          defaultValue={values?.actorId}
          error={errors?.fields.actorId}
          options={actors.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectField
          label={t('opp.kind')}
          name="kind"
          defaultValue={values?.kind ?? 'NEED'}
          error={errors?.fields.kind}
          options={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'oppKind', k) }))}
        />
        <TextField
          label={t('opp.titleField')}
          name="title"
          required
          defaultValue={values?.title}
          error={errors?.fields.title}
        />
        <TextArea
          label={t('opp.body')}
          name="body"
          rows={6}
          defaultValue={values?.body}
          error={errors?.fields.body}
        />
        <TopicPicker
          topics={topics}
          name="topics"
          legend={t('common.topics')}
          hint={t('opp.topicsHint')}
          selected={values?.topics ?? []}
          error={errors?.fields.topics}
        />
        <SelectField
          label={t('opp.visibility')}
          name="visibility"
          defaultValue={values?.visibility ?? 'PUBLIC'}
          error={errors?.fields.visibility}
          options={['PUBLIC', 'PRIVATE'].map((v) => ({
            value: v,
            label: enumLabel(t, 'opp.visibility', v),
          }))}
        />
        <TextField
          label={t('opp.expires')}
          name="expiresAt"
          type="date"
          hint={t('opp.expiresHint')}
          defaultValue={values?.expiresAt}
          error={errors?.fields.expiresAt}
        />
        <p>
          <button type="submit">{t('opp.post')}</button>
        </p>
      </Form>
    </section>
  );
}
