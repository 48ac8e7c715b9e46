import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AddressObject, ParsedMail, simpleParser } from 'mailparser';
import { eventually } from './eventually';

/** A message as the local SMTP sink stored it, parsed back the way a mail client reads it. */
export interface SinkMail {
  file: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  headers: ParsedMail['headers'];
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  [field ?? []].flat().flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ''));

/** Every message in the sink directory, oldest first (file names begin with the time of arrival). */
export async function readMailbox(dir: string): Promise<SinkMail[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(join(dir, file)));
      return {
        file,
        to: addresses(parsed.to),
        from: addresses(parsed.from)[0] ?? '',
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        messageId: parsed.messageId,
        headers: parsed.headers,
      };
    }),
  );
}

/** Waits until the sink holds a message for `to` (and `count` of them when given) and returns them. */
export async function waitForMail(
  dir: string,
  to: string,
  { count = 1, timeoutMs = 20_000 }: { count?: number; timeoutMs?: number } = {},
): Promise<SinkMail[]> {
  const forRecipient = async () => (await readMailbox(dir)).filter((mail) => mail.to.includes(to));
  return eventually(forRecipient, (mails) => mails.length >= count, { timeoutMs });
}
