import type { Language, MailData, MailKind } from '@kobling/domain';

/** What a mail says, in one language: the template (template.ts) lays it out as HTML and text. */
export interface MailContent {
  readonly subject: string;
  /** The line mail clients show beside the subject. */
  readonly preview: string;
  readonly greeting: string | null;
  readonly paragraphs: readonly string[];
  readonly action: { readonly label: string; readonly url: string } | null;
  readonly items: readonly { readonly text: string; readonly url: string }[];
  /** Why the reader gets this mail, under a rule. */
  readonly footer: string;
}

/** Site links as the mail shows them: the path under the site's public address. */
export type SiteUrl = (path: string) => string;

type Copy<K extends MailKind> = (data: MailData<K>, url: SiteUrl, lang: Language) => MailContent;

const date = (epochMs: number, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Oslo',
  }).format(epochMs);

const t = (lang: Language, nb: string, en: string) => (lang === 'nb' ? nb : en);

const accountFooter = (lang: Language) =>
  t(
    lang,
    'Du får denne e-posten fordi noen brukte adressen din på Kobling. Har du ikke bedt om den, kan du se bort fra den.',
    'You get this mail because someone used your address on Kobling. If you did not ask for it, you can ignore it.',
  );

const notificationFooter = (lang: Language) =>
  t(
    lang,
    'Du får denne e-posten fordi du har en konto på Kobling. Velg hvilke e-poster du vil ha på Min side, eller meld deg av med lenken under.',
    'You get this mail because you have an account on Kobling. Choose which mails you want on My page, or unsubscribe with the link below.',
  );

function content(
  fields: Partial<MailContent> & Pick<MailContent, 'subject' | 'paragraphs' | 'footer'>,
): MailContent {
  return {
    preview: fields.paragraphs[0] ?? fields.subject,
    greeting: null,
    action: null,
    items: [],
    ...fields,
  };
}

const copies: { readonly [K in MailKind]: Copy<K> } = {
  VERIFY_EMAIL: (d, url, lang) =>
    content({
      subject: t(lang, 'Bekreft e-postadressen din', 'Confirm your email address'),
      greeting: t(lang, `Hei ${d.name},`, `Hello ${d.name},`),
      paragraphs: [
        t(
          lang,
          'Velkommen til Kobling. Bekreft adressen din for å be om introduksjoner, representere aktører og forvalte klynger. Lenken virker i 48 timer og bare én gang.',
          'Welcome to Kobling. Confirm your address to request introductions, represent actors and manage clusters. The link works for 48 hours, once.',
        ),
      ],
      action: {
        label: t(lang, 'Bekreft adressen', 'Confirm my address'),
        url: url(`/verify-email?token=${encodeURIComponent(d.token)}`),
      },
      footer: accountFooter(lang),
    }),
  SIGN_UP_EXISTING: (_d, url, lang) =>
    content({
      subject: t(lang, 'Du har allerede en konto på Kobling', 'You already have a Kobling account'),
      paragraphs: [
        t(
          lang,
          'Noen prøvde å opprette en konto med denne adressen, men du har allerede en. Logg inn som vanlig, eller sett et nytt passord hvis du har glemt det.',
          'Someone tried to create an account with this address, but you already have one. Log in as usual, or set a new password if you have forgotten it.',
        ),
      ],
      action: {
        label: t(lang, 'Nytt passord', 'Set a new password'),
        url: url('/forgot-password'),
      },
      footer: accountFooter(lang),
    }),
  RESET_PASSWORD: (d, url, lang) =>
    content({
      subject: t(lang, 'Sett et nytt passord', 'Set a new password'),
      greeting: t(lang, `Hei ${d.name},`, `Hello ${d.name},`),
      paragraphs: [
        t(
          lang,
          'Noen ba om et nytt passord for kontoen din. Lenken virker i én time og bare én gang; når passordet er byttet, logges alle andre økter ut.',
          'Someone asked for a new password for your account. The link works for one hour, once; when the password is changed, every other session is signed out.',
        ),
      ],
      action: {
        label: t(lang, 'Velg nytt passord', 'Choose a new password'),
        url: url(`/reset-password?token=${encodeURIComponent(d.token)}`),
      },
      footer: accountFooter(lang),
    }),
  CHANGE_EMAIL: (d, url, lang) =>
    content({
      subject: t(lang, 'Bekreft den nye e-postadressen', 'Confirm your new email address'),
      greeting: t(lang, `Hei ${d.name},`, `Hello ${d.name},`),
      paragraphs: [
        t(
          lang,
          'Du ba om å bruke denne adressen for Kobling-kontoen din. Den gamle adressen gjelder til du bekrefter. Lenken virker i 48 timer og bare én gang.',
          'You asked to use this address for your Kobling account. The old address stays until you confirm. The link works for 48 hours, once.',
        ),
      ],
      action: {
        label: t(lang, 'Bekreft ny adresse', 'Confirm the new address'),
        url: url(`/confirm-email?token=${encodeURIComponent(d.token)}`),
      },
      footer: accountFooter(lang),
    }),
  CHANGE_EMAIL_EXISTING: (_d, url, lang) =>
    content({
      subject: t(
        lang,
        'Adressen din er allerede i bruk på Kobling',
        'Your address is already used on Kobling',
      ),
      paragraphs: [
        t(
          lang,
          'Noen prøvde å flytte en annen Kobling-konto til denne adressen, men den hører allerede til kontoen din. Ingenting er endret.',
          'Someone tried to move another Kobling account to this address, but it already belongs to your account. Nothing was changed.',
        ),
      ],
      action: { label: t(lang, 'Logg inn', 'Log in'), url: url('/login') },
      footer: accountFooter(lang),
    }),
  INTRODUCTION_REQUESTED: (d, url, lang) =>
    content({
      subject: t(
        lang,
        `${d.fromActor} ber om en introduksjon til ${d.toActor}`,
        `${d.fromActor} asks for an introduction to ${d.toActor}`,
      ),
      paragraphs: [
        t(
          lang,
          `${d.fromActor} vil komme i kontakt med ${d.toActor}. Svar ja eller nei på Min side; ingen kontaktopplysninger deles før dere begge har sagt ja.`,
          `${d.fromActor} would like to get in touch with ${d.toActor}. Answer yes or no on My page; no contact details are shared until you both say yes.`,
        ),
        ...(d.message
          ? [t(lang, `Meldingen deres: «${d.message}»`, `Their message: “${d.message}”`)]
          : []),
        ...(d.expiresAt
          ? [
              t(
                lang,
                `Forespørselen utløper ${date(d.expiresAt, lang)}.`,
                `The request expires on ${date(d.expiresAt, lang)}.`,
              ),
            ]
          : []),
      ],
      action: { label: t(lang, 'Svar på Min side', 'Answer on My page'), url: url('/me') },
      footer: notificationFooter(lang),
    }),
  INTRODUCTION_ANSWERED: (d, url, lang) =>
    content({
      subject: d.accepted
        ? t(lang, `${d.toActor} sa ja til introduksjonen`, `${d.toActor} accepted the introduction`)
        : t(
            lang,
            `${d.toActor} takket nei til introduksjonen`,
            `${d.toActor} declined the introduction`,
          ),
      paragraphs: d.accepted
        ? [
            t(
              lang,
              `${d.toActor} vil gjerne snakke med ${d.fromActor}.`,
              `${d.toActor} would like to talk with ${d.fromActor}.`,
            ),
            ...(d.contactName && d.contactEmail
              ? [
                  t(
                    lang,
                    `Ta kontakt med ${d.contactName}: ${d.contactEmail}`,
                    `Get in touch with ${d.contactName}: ${d.contactEmail}`,
                  ),
                ]
              : []),
          ]
        : [
            t(
              lang,
              `${d.toActor} takket nei denne gangen. Finn andre partnere med samme behov.`,
              `${d.toActor} declined this time. Find other partners for the same need.`,
            ),
          ],
      action: d.accepted
        ? { label: t(lang, 'Se introduksjonen', 'See the introduction'), url: url('/me') }
        : { label: t(lang, 'Finn partnere', 'Find partners'), url: url('/partners') },
      footer: notificationFooter(lang),
    }),
  INTRODUCTION_EXPIRING: (d, url, lang) =>
    content({
      subject: t(
        lang,
        `Forespørselen fra ${d.fromActor} utløper snart`,
        `The request from ${d.fromActor} expires soon`,
      ),
      paragraphs: [
        t(
          lang,
          `${d.fromActor} venter fortsatt på svar fra ${d.toActor}. Forespørselen utløper ${date(d.expiresAt, lang)}.`,
          `${d.fromActor} is still waiting for an answer from ${d.toActor}. The request expires on ${date(d.expiresAt, lang)}.`,
        ),
      ],
      action: { label: t(lang, 'Svar på Min side', 'Answer on My page'), url: url('/me') },
      footer: notificationFooter(lang),
    }),
  MEMBERSHIP_REQUESTED: (d, url, lang) =>
    content({
      subject: t(
        lang,
        `${d.actor} vil bli medlem av ${d.cluster}`,
        `${d.actor} asks to join ${d.cluster}`,
      ),
      paragraphs: [
        t(
          lang,
          `${d.actor} har bedt om medlemskap i ${d.cluster}. Godkjenn eller avslå i klyngens forvaltning.`,
          `${d.actor} has asked to become a member of ${d.cluster}. Approve or decline it in the cluster's management page.`,
        ),
      ],
      action: {
        label: t(lang, 'Forvalt medlemmer', 'Manage members'),
        url: url(`${d.clusterPath}/manage`),
      },
      footer: notificationFooter(lang),
    }),
  MEMBERSHIP_APPROVED: (d, url, lang) =>
    content({
      subject: t(
        lang,
        `${d.actor} er nå medlem av ${d.cluster}`,
        `${d.actor} is now a member of ${d.cluster}`,
      ),
      paragraphs: [
        t(
          lang,
          `Medlemskapet til ${d.actor} i ${d.cluster} er godkjent.`,
          `The membership of ${d.actor} in ${d.cluster} has been approved.`,
        ),
      ],
      action: { label: t(lang, 'Se klyngen', 'See the cluster'), url: url(d.clusterPath) },
      footer: notificationFooter(lang),
    }),
  MEMBERSHIP_INVITED: (d, url, lang) =>
    content({
      subject: t(
        lang,
        `${d.actor} er invitert til ${d.cluster}`,
        `${d.actor} is invited to join ${d.cluster}`,
      ),
      paragraphs: [
        t(
          lang,
          `${d.cluster} inviterer ${d.actor} til å bli medlem. Godta invitasjonen på Min side.`,
          `${d.cluster} invites ${d.actor} to become a member. Accept the invitation on My page.`,
        ),
      ],
      action: { label: t(lang, 'Svar på Min side', 'Answer on My page'), url: url('/me') },
      footer: notificationFooter(lang),
    }),
  CLAIM_APPROVED: (d, url, lang) =>
    content({
      subject: t(lang, `Du representerer nå ${d.actor}`, `You now represent ${d.actor}`),
      paragraphs: [
        t(
          lang,
          `En administrator har godkjent at du representerer ${d.actor}. Du kan nå oppdatere profilen, legge ut behov og be om introduksjoner for aktøren.`,
          `An administrator approved you as a representative of ${d.actor}. You can now update its profile, post needs and request introductions for it.`,
        ),
      ],
      action: { label: t(lang, 'Se aktøren', 'See the actor'), url: url(d.actorPath) },
      footer: notificationFooter(lang),
    }),
  WEEKLY_DIGEST: (d, url, lang) =>
    content({
      subject: t(lang, 'Ukens nytt på Kobling', 'This week on Kobling'),
      paragraphs: [
        t(
          lang,
          'Nye muligheter og partnerforslag som passer aktørene dine:',
          'New opportunities and partner suggestions that fit your actors:',
        ),
      ],
      items: [
        ...d.opportunities.map((o) => ({ text: `${o.kind}: ${o.title}`, url: url(o.path) })),
        ...d.suggestions.map((s) => ({
          text: t(
            lang,
            `${s.actor} (forslag for ${s.forActor})`,
            `${s.actor} (suggested for ${s.forActor})`,
          ),
          url: url(s.path),
        })),
      ],
      action: { label: t(lang, 'Finn partnere', 'Find partners'), url: url('/partners') },
      footer: notificationFooter(lang),
    }),
};

export function mailCopy<K extends MailKind>(
  kind: K,
  data: MailData<K>,
  url: SiteUrl,
  lang: Language,
): MailContent {
  return (copies[kind] as Copy<K>)(data, url, lang);
}
