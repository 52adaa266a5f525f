/**
 * The page's contact block as a card: office, person, room, address (with a
 * copy button), phone as `tel:`, e-mail as `mailto:`, opening hours and the
 * online appointment link. Every value came from the page and is set as text;
 * link targets are rebuilt from the values, never copied from the page.
 */
import { useState } from 'preact/hooks';
import type { Contact } from '@/utils/extract/types';
import { t, uiDir, uiLang } from '@/utils/i18n';
import { addressLines, mailHref, safeWebUrl, telHref } from '@/utils/extract/contact-links';

export interface ContactCardProps {
  contact: Contact;
  lang: string;
  /** The page's address, to resolve a relative appointment link. */
  pageUrl?: string;
  /** Writes text to the clipboard (injected for tests). */
  copy?: (text: string) => Promise<void>;
}

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

export function ContactCard({ contact, lang, pageUrl, copy = defaultCopy }: ContactCardProps) {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const address = addressLines(contact);
  // The office is shown on its own line above; the address block shows where to go.
  const shown = address.filter((line) => line !== contact.office);
  const appointment = contact.appointmentUrl ? safeWebUrl(contact.appointmentUrl, pageUrl) : undefined;
  const room = contact.room ? (/^\d/.test(contact.room) ? t('contactRoom', contact.room) : contact.room) : undefined;
  // A value from the page: in the page's language, and read aloud after the article (the labels are
  // optional there, skipped where no voice speaks the UI language; phone numbers are spoken digit by digit).
  const value = { lang, dir: 'auto', 'data-read-aloud': '' } as const;

  const onCopy = () => {
    copy(address.join('\n')).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };

  return (
    // Labels in the UI language, the page's values in the page's language (screen readers switch voice).
    <section class="ll-contact" aria-labelledby="ll-contact-heading" lang={uiLang()} dir={uiDir()}>
      <h2 id="ll-contact-heading" class="ll-contact-heading" data-read-aloud="label">
        {t('contactHeading')}
      </h2>
      {contact.office ? <p class="ll-contact-office" {...value}>{contact.office}</p> : null}
      {contact.person ? <p class="ll-contact-person" {...value}>{contact.person}</p> : null}
      {room ? (
        <p class="ll-contact-room" {...(room === contact.room ? value : { 'data-read-aloud': 'label' })}>
          {room}
        </p>
      ) : null}
      {address.length > 0 ? (
        <div class="ll-contact-address">
          <address {...value}>
            {shown.map((line, i) => (
              <span key={i}>
                {line}
                <br />
              </span>
            ))}
          </address>
          <button type="button" class="ll-contact-copy" onClick={onCopy}>
            {t('contactCopyAddress')}
          </button>
          <span role="status" class="ll-contact-copied">
            {copied === 'ok' ? t('contactCopied') : copied === 'failed' ? t('contactCopyFailed') : ''}
          </span>
        </div>
      ) : null}
      <dl class="ll-contact-lines">
        {contact.phones.map((phone) => (
          <div key={phone}>
            <dt data-read-aloud="label">{t('contactPhone')}</dt>
            <dd {...value}>
              <a href={telHref(phone)}>{phone}</a>
            </dd>
          </div>
        ))}
        {contact.fax ? (
          <div>
            <dt data-read-aloud="label">{t('contactFax')}</dt>
            <dd {...value}>{contact.fax}</dd>
          </div>
        ) : null}
        {contact.emails.map((mail) => (
          <div key={mail}>
            <dt data-read-aloud="label">{t('contactEmail')}</dt>
            <dd {...value}>
              <a href={mailHref(mail)}>{mail}</a>
            </dd>
          </div>
        ))}
      </dl>
      {contact.openingHours?.length ? (
        <div class="ll-contact-hours">
          <h3 data-read-aloud="label">{t('contactOpeningHours')}</h3>
          <ul {...value}>
            {contact.openingHours.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {appointment ? (
        <p class="ll-contact-appointment">
          <a href={appointment} target="_blank" rel="noopener noreferrer">
            {t('contactAppointment')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
