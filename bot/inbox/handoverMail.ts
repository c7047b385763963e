import nodemailer from 'nodemailer';
import type { MailSettings } from '../config.js';
import type { Aanbieder } from '../kaart/schema.js';
import { type Log, errorFields } from '../log.js';
import type { Handover } from '../storage/records.js';

/** The address of a handover in the staff console. */
export function handoverLink(publicUrl: string, reference: string): string {
  return `${publicUrl}/staff/#overdracht/${encodeURIComponent(reference)}`;
}

/**
 * Tells a provider by e-mail that a warm handover waits in their inbox. The mail holds the
 * reference and a link and nothing else: e-mail is not a safe place for a resident's story,
 * so the supporter reads it after signing in.
 */
export class HandoverMail {
  private readonly transport: nodemailer.Transporter;

  constructor(
    private readonly settings: MailSettings,
    private readonly publicUrl: string,
    private readonly log: Log,
    /** Waits before each retry when the mail server does not answer. */
    private readonly retryDelaysMs: readonly number[] = [5_000, 60_000],
  ) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  async announce(handover: Handover, aanbieder: Aanbieder): Promise<void> {
    const to = aanbieder.overdracht?.email;
    if (!to) {
      this.log.warn('no e-mail address for new handovers in the kaart', { aanbieder: aanbieder.id });
      return;
    }
    const link = handoverLink(this.publicUrl, handover.reference);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.send(handover, aanbieder, to, link);
        this.log.info('handover announced by e-mail', {
          reference: handover.reference,
          aanbieder: aanbieder.id,
        });
        return;
      } catch (error) {
        const wait = this.retryDelaysMs[attempt];
        if (wait === undefined) {
          this.log.error('handover e-mail not sent', {
            reference: handover.reference,
            ...errorFields(error),
          });
          return;
        }
        this.log.warn('handover e-mail failed, trying again', {
          reference: handover.reference,
          waitMs: wait,
        });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async send(handover: Handover, aanbieder: Aanbieder, to: string, link: string): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to,
      subject: `Nieuwe warme overdracht ${handover.reference}`,
      text: [
        `Er staat een nieuwe warme overdracht voor ${aanbieder.naam} klaar in Wegwijzer.`,
        '',
        `Nummer: ${handover.reference}`,
        `Reageer uiterlijk: ${handover.contactUiterlijk}`,
        '',
        `Lees de overdracht na het aanmelden: ${link}`,
        '',
        'In deze e-mail staan bewust geen gegevens van de inwoner.',
      ].join('\n'),
    });
  }

  close(): void {
    this.transport.close();
  }
}
