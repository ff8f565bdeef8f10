import MailComposer from 'nodemailer/lib/mail-composer';

export type EmailParts = {
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The letter as PDF, or null when the reminder has no postal address to print one for. */
  pdf: { name: string; bytes: Uint8Array } | null;
  /** Our Message-ID, with its angle brackets. */
  messageId: string;
  /** The instant the message is dated, from the business clock. */
  date: string;
};

/**
 * The whole message as it goes on the wire (RFC 5322 with MIME parts), built once and stored before any network
 * I/O. Non-ASCII text is quoted-printable or base64, so the result is 7-bit: kept as a latin1 string, it round-trips
 * to the same bytes. Nothing in a message may pull in a file or a URL.
 */
export async function composeEmail(parts: EmailParts): Promise<string> {
  const mail = new MailComposer({
    from: parts.from,
    to: parts.to,
    subject: parts.subject,
    text: parts.text,
    html: parts.html,
    attachments: parts.pdf ? [{ filename: parts.pdf.name, content: Buffer.from(parts.pdf.bytes), contentType: 'application/pdf' }] : [],
    messageId: parts.messageId,
    date: parts.date,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return (await mail.compile().build()).toString('latin1');
}
