import { SECRET_PURPOSES } from '../../domain/notifications/channel-settings.ts';
import { htmlFromText } from '../../domain/notifications/html-body.ts';
import type { DeliveryOutcome } from '../delivery-outcome.ts';
import type { ChannelSender } from './channel.ts';
import { notConfigured, openSecret } from './channel.ts';

/**
 * docs/compatibility/notifications.md#channels: `plain` never uses TLS, `starttls` requires it,
 * `ssl` is implicit TLS; TLS 1.2 or later, self-signed certificates accepted (home servers), the
 * subject is the title, the body text plus an HTML variant. The Message-ID is the delivery's
 * stable id, so a repeat after a crash is recognisable.
 */
export const sendEmail: ChannelSender = async (delivery, context) => {
  const smtp = context.settings.smtp;
  if (!smtp) return notConfigured('E-mail');
  if (smtp.requireAuth && smtp.passwordMustBeSetAgain) {
    return { ok: false, retryable: false, responseCode: null, error: 'the SMTP password must be set again (it could not be carried over)' };
  }
  // Loaded at the first e-mail: nodemailer costs a server that never sends one about 2 MiB of heap.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.connectionType === 'ssl',
    requireTLS: smtp.connectionType === 'starttls',
    ignoreTLS: smtp.connectionType === 'plain',
    auth: smtp.requireAuth
      ? { user: smtp.username, pass: openSecret(context.secrets, smtp.password, SECRET_PURPOSES.smtpPassword) }
      : undefined,
    tls: { rejectUnauthorized: false, minVersion: 'TLSv1.2' },
    connectionTimeout: context.timeoutMs,
    greetingTimeout: context.timeoutMs,
    socketTimeout: context.timeoutMs,
  });
  const abort = () => transport.close();
  context.signal?.addEventListener('abort', abort, { once: true });
  try {
    const info = await transport.sendMail({
      from: { name: smtp.senderName, address: smtp.fromAddress || smtp.username },
      to: delivery.destination,
      subject: delivery.title,
      text: delivery.body,
      html: htmlFromText(delivery.body),
      messageId: `<${delivery.messageId}@dupligraph>`,
    });
    return { ok: true, responseCode: smtpCode(info.response) };
  } catch (error) {
    return outcomeOfSmtpError(error);
  } finally {
    context.signal?.removeEventListener('abort', abort);
    transport.close();
  }
};

function smtpCode(response: unknown): number | null {
  const match = /^(\d{3})/.exec(String(response ?? ''));
  return match ? Number(match[1]) : null;
}

/** A 5xx reply is permanent (bad address, refused login); a 4xx reply and no answer at all are worth another try. */
function outcomeOfSmtpError(error: unknown): DeliveryOutcome {
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
  const retryable = responseCode === undefined ? code !== 'EAUTH' && code !== 'EENVELOPE' : responseCode < 500;
  return {
    ok: false,
    retryable,
    responseCode: responseCode ?? null,
    error: `${code ?? 'SMTP'}: ${message ?? String(error)}`.slice(0, 500),
  };
}
