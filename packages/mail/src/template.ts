import { createElement as h } from 'react';
import type { ReactElement } from 'react';
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { Language } from '@kobling/domain';
import type { MailContent } from './copy.ts';

/*
 * The one template every mail is rendered from, HTML and plain text alike (render.ts), with
 * React Email's components (tables and inline styles that mail clients show the same). Written
 * with createElement: packages run as type-stripped TypeScript, which has no JSX.
 */

const colors = { text: '#1d2733', muted: '#5b6672', accent: '#0b5cad', rule: '#d9dee3' };

const styles = {
  body: {
    backgroundColor: '#f4f6f8',
    fontFamily: 'Helvetica, Arial, sans-serif',
    color: colors.text,
  },
  container: { backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px' },
  brand: { fontSize: '14px', fontWeight: 700, letterSpacing: '0.08em', color: colors.accent },
  heading: { fontSize: '22px', lineHeight: '28px', margin: '12px 0' },
  text: { fontSize: '15px', lineHeight: '22px' },
  button: {
    backgroundColor: colors.accent,
    color: '#ffffff',
    borderRadius: '4px',
    padding: '12px 18px',
    fontSize: '15px',
    textDecoration: 'none',
  },
  footer: { fontSize: '12px', lineHeight: '18px', color: colors.muted },
  link: { color: colors.accent },
};

export interface MailLinks {
  /** The signed one-click unsubscribe page for this notification's group; null for account mail. */
  readonly unsubscribe: string | null;
  /** The reader's mail preferences. */
  readonly preferences: string;
}

export function MailDocument(props: {
  readonly content: MailContent;
  readonly language: Language;
  readonly links: MailLinks;
}): ReactElement {
  const { content, language, links } = props;
  const nb = language === 'nb';
  return h(
    Html,
    { lang: language },
    h(Head, null),
    h(Preview, null, content.preview),
    h(
      Body,
      { style: styles.body },
      h(
        Container,
        { style: styles.container },
        h(Text, { style: styles.brand }, 'KOBLING'),
        h(Heading, { as: 'h1', style: styles.heading }, content.subject),
        content.greeting ? h(Text, { style: styles.text }, content.greeting) : null,
        ...content.paragraphs.map((p, i) => h(Text, { key: `p${i}`, style: styles.text }, p)),
        content.items.length > 0
          ? h(
              Section,
              null,
              h(
                'ul',
                null,
                ...content.items.map((item, i) =>
                  h(
                    'li',
                    { key: `i${i}`, style: styles.text },
                    h(Link, { href: item.url, style: styles.link }, item.text),
                  ),
                ),
              ),
            )
          : null,
        content.action
          ? h(
              Section,
              { style: { margin: '20px 0' } },
              h(Button, { href: content.action.url, style: styles.button }, content.action.label),
            )
          : null,
        h(Hr, { style: { borderColor: colors.rule } }),
        h(Text, { style: styles.footer }, content.footer),
        links.unsubscribe
          ? h(
              Text,
              { style: styles.footer },
              h(
                Link,
                { href: links.preferences, style: styles.link },
                nb ? 'E-postinnstillinger' : 'Mail preferences',
              ),
              ' · ',
              h(
                Link,
                { href: links.unsubscribe, style: styles.link },
                nb ? 'Meld av' : 'Unsubscribe',
              ),
            )
          : null,
      ),
    ),
  );
}
