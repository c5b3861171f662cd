import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/*
 * The development mailbox (administrators): with no SMTP_URL, mail is kept here instead of sent,
 * each one rendered as its reader would see it; with a relay, the page shows what failed or
 * bounced and why. One operation.
 */
const MailboxQuery = graphql(`
  query Mailbox {
    mailStatus {
      transport
      counts {
        status
        count
      }
      lastError
    }
    mailQueue(first: 100) {
      id
      kind
      to
      status
      attempts
      lastError
      createdAt
      rendered {
        subject
        text
        html
      }
    }
  }
`);

export async function loadMailbox(args: ApiArgs) {
  const viewer = requireUser(args);
  if (!viewer.user.isAdmin) throw data(null, { status: 403 });
  const { data: result } = await api(args, MailboxQuery, {});
  return result;
}
