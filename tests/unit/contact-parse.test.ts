import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { contactLines } from '@/utils/extract/contact-lines';
import { contactToText, parseContact } from '@/utils/extract/contact-parse';
import { findContact } from '@/utils/extract/contact-find';
import { mailHref, safeWebUrl, telHref } from '@/utils/extract/contact-links';

const box = (html: string) => parseHtml(`<!doctype html><html lang="de"><body>${html}</body></html>`).document;

describe('parseContact', () => {
  it('reads the lines of a typical municipal contact box', () => {
    const doc = box(`<div class="kontakt"><h2>Kontakt</h2>
      <p>Stadt Musterhausen<br>Bürgeramt (Zimmer 12)<br>Marktplatz 1<br>12345 Musterhausen</p>
      <p>Telefon: 01234 56-78<br>Fax: 01234 56-99<br>E-Mail: <a href="mailto:buergeramt@musterhausen.example">buergeramt@musterhausen.example</a></p>
      <h3>Öffnungszeiten</h3><ul><li>Montag 8:00 – 12:00 Uhr</li><li>Donnerstag 14:00 – 18:00 Uhr</li></ul>
      <p><a href="/termine">Termin online buchen</a></p></div>`);
    const { contact, complete } = parseContact(contactLines(doc.querySelector('.kontakt')!), 'https://www.musterhausen.example/amt');
    expect(contact).toEqual({
      organisation: 'Stadt Musterhausen',
      office: 'Bürgeramt',
      room: '12',
      street: 'Marktplatz 1',
      postcode: '12345',
      town: 'Musterhausen',
      phones: ['01234 56-78'],
      fax: '01234 56-99',
      emails: ['buergeramt@musterhausen.example'],
      openingHours: ['Montag 8:00 – 12:00 Uhr', 'Donnerstag 14:00 – 18:00 Uhr'],
      appointmentUrl: 'https://www.musterhausen.example/termine',
    });
    expect(complete).toBe(true);
  });

  it('splits an address written on one line and decodes (at) e-mail obfuscation', () => {
    const { contact } = parseContact([
      { text: 'Rathausstraße 5, 54321 Beispielstadt', hrefs: [] },
      { text: 'E-Mail: info(at)beispielstadt.example', hrefs: [] },
      { text: 'Ansprechpartnerin: Frau Dr. Erika Muster', hrefs: [] },
    ]);
    expect(contact.street).toBe('Rathausstraße 5');
    expect(contact.postcode).toBe('54321');
    expect(contact.town).toBe('Beispielstadt');
    expect(contact.emails).toEqual(['info@beispielstadt.example']);
    expect(contact.person).toBe('Frau Dr. Erika Muster');
  });

  it('marks a box with lines it does not understand as incomplete', () => {
    const { complete } = parseContact([
      { text: 'Telefon: 01234 5678', hrefs: [] },
      { text: 'Bitte bringen Sie alle Unterlagen im Original mit, sonst können wir nichts bearbeiten.', hrefs: [] },
    ]);
    expect(complete).toBe(false);
  });

  it('renders the card as text lines', () => {
    expect(contactToText({ office: 'Bürgeramt', phones: ['0123 45'], emails: ['a@b.example'], postcode: '12345', town: 'Ort' })).toEqual([
      'Bürgeramt',
      '12345 Ort',
      '0123 45',
      'a@b.example',
    ]);
  });
});

describe('contactLines', () => {
  it('reads spans the page shows as lines as lines, with the label they follow', () => {
    // Bundesrat-style contact footer: each line a <span> the style sheet shows as a block.
    const doc = box(`<section class="contact-footer"><h2>Postadresse</h2><div class="postal-address"><h3>Bundesrat</h3>
      <span>Leipziger Straße 3-4, 10117 Berlin</span> <span>Postanschrift: 11055 Berlin</span> <span>Tel. +49 (0)30 18 9100-0</span></div></section>`);
    const lines = contactLines(doc.querySelector('.contact-footer')!);
    expect(lines.map((l) => l.text)).toEqual(['Postadresse', 'Bundesrat', 'Leipziger Straße 3-4, 10117 Berlin', 'Postanschrift: 11055 Berlin', 'Tel. +49 (0)30 18 9100-0']);
    const { contact } = parseContact(lines);
    expect(contact).toMatchObject({ office: 'Bundesrat', street: 'Leipziger Straße 3-4', postcode: '10117', town: 'Berlin', phones: ['+49 (0)30 18 9100-0'] });
  });

  it('keeps a postcode with its town, and a label span with its value', () => {
    const doc = box(`<div class="adr"><span itemprop="streetAddress">Marktplatz 1</span> <span itemprop="postalCode">12345</span> <span itemprop="addressLocality">Musterhausen</span></div>
      <p class="fax"><span>Fax:</span> <span>01234 56-99</span></p><p class="run">Rufen Sie <span>Frau Muster</span> unter <span>01234 56-78</span> an.</p>`);
    expect(contactLines(doc.querySelector('.adr')!).map((l) => l.text)).toEqual(['Marktplatz 1', '12345 Musterhausen']);
    expect(contactLines(doc.querySelector('.fax')!).map((l) => l.text)).toEqual(['Fax: 01234 56-99']);
    expect(contactLines(doc.querySelector('.run')!).map((l) => l.text)).toEqual(['Rufen Sie Frau Muster unter 01234 56-78 an.']);
    expect(parseContact(contactLines(doc.querySelector('.fax')!)).contact.fax).toBe('01234 56-99');
  });
});

describe('parseContact: schema.org and vCard markup of module CMSes', () => {
  it('reads an OpenCms Mercury contact: the organisation in the card name, the person from name parts, street and building lines', () => {
    const doc = box(`<div class="element type-contact org" itemscope itemtype="http://schema.org/Organization">
      <h3 class="fn n" itemprop="name">Kreisverwaltung Marlingen</h3>
      <div itemprop="employee" itemscope itemtype="http://schema.org/Person"><div class="h4 org"><span itemprop="givenName"> Sabine</span><span itemprop="familyName"> Kettler</span></div>
      <div class="pos" itemprop="description">Fachdienst Wohnen und Wohngeld</div></div>
      <div class="adr" itemprop="address"><div itemprop="streetAddress" class="street-address">Am Kreishaus 3</div><div itemprop="streetAddress" class="extended-address">Gebäude B, Raum B 2.14</div>
      <div><span itemprop="postalCode" class="postal-code">61278</span> <span itemprop="addressLocality" class="locality">Marlingen</span></div></div>
      <div class="phone tablerow"><span class="icon-label">Telefon:</span><span><a href="tel:061839412214"><span itemprop="telephone">06183 941-2214</span></a></span></div>
      <div class="note"><p>Servicenummer des Fachdienstes: 06183 941-2200</p></div></div>`);
    const { contact } = parseContact(contactLines(doc.querySelector('.type-contact')!));
    expect(contact).toMatchObject({
      organisation: 'Kreisverwaltung Marlingen',
      person: 'Sabine Kettler',
      office: 'Fachdienst Wohnen und Wohngeld',
      street: 'Am Kreishaus 3',
      room: 'Gebäude B, Raum B 2.14',
      postcode: '61278',
      town: 'Marlingen',
      phones: ['06183 941-2214', '06183 941-2200'],
    });
  });

  it('joins a unit on the line under the office into the office (Weblication "Fachbereich" / "Amt")', () => {
    const doc = box(`<div class="c"><p>Stadt Lindau-Nord<br>Fachbereich Soziales<br><strong>Versorgungsamt – Schwerbehindertenrecht</strong></p>
      <p>Am Stadtgarten 7<br>48999 Lindau-Nord</p></div>`);
    const { contact, complete } = parseContact(contactLines(doc.querySelector('.c')!));
    expect(contact.organisation).toBe('Stadt Lindau-Nord');
    expect(contact.office).toBe('Fachbereich Soziales, Versorgungsamt – Schwerbehindertenrecht');
    expect(complete).toBe(true);
  });
});

describe('press contacts (Imperia press releases)', () => {
  it('reads a "Rückfragen" paragraph of a release: organisation and office, a name without "Frau"/"Herr", phone, e-mail', () => {
    const doc = box(`<p class="r"><strong>Rückfragen:</strong><br>Bezirksamt Nordhain, Pressestelle<br>Tobias Wendland<br>Tel.: (0385) 9406-2214<br>E-Mail: <a href="mailto:presse@nordhain.example">presse@nordhain.example</a></p>`);
    const { contact, complete } = parseContact(contactLines(doc.querySelector('.r')!));
    expect(contact).toMatchObject({ organisation: 'Bezirksamt Nordhain', office: 'Pressestelle', person: 'Tobias Wendland', phones: ['(0385) 9406-2214'], emails: ['presse@nordhain.example'] });
    expect(complete).toBe(true);
  });

  it('prefers the contact of the release to a sidebar column that sits inside the main landmark', () => {
    const doc = box(`<div id="layout-grid" role="main"><h1>Neue Schulzonen</h1><div class="textile"><p>Ab Montag gelten neue Schulzonen vor fünf Schulen im Bezirk.</p>
      <p><strong>Rückfragen:</strong><br>Bezirksamt Nordhain, Pressestelle<br>Tobias Wendland<br>Tel.: (0385) 9406-2214<br>E-Mail: <a href="mailto:presse@nordhain.example">presse@nordhain.example</a></p></div>
      <div id="marginal" role="complementary"><div class="modul-contact"><h3>Kontakt Pressestelle</h3><p>Rathaus Nordhain, Lindenplatz 4<br>14612 Havelbruck</p><p>Tel.: (0385) 9406-22</p></div></div></div>`);
    expect(findContact(doc)?.contact).toMatchObject({ person: 'Tobias Wendland', phones: ['(0385) 9406-2214'] });
  });

  it('keeps the name of a person whose job follows it on the line', () => {
    const doc = box(`<p class="r">Gemeinde Eschenbach<br>Steueramt<br>Ansprechpartnerin: Frau Sabine Kreuzer, Sachbearbeiterin Hundesteuer<br>Telefon: 07955 9381-24</p>`);
    expect(parseContact(contactLines(doc.querySelector('.r')!)).contact.person).toBe('Frau Sabine Kreuzer');
  });

  it('takes no place name for a person: a bare name only right before the phone or e-mail line', () => {
    const doc = box(`<p class="r">Stadt Talbach<br>Rathaus Talbach<br>Marktplatz 1<br>12345 Talbach<br>Telefon: 01234 56-0</p>`);
    expect(parseContact(contactLines(doc.querySelector('.r')!)).contact.person).toBeUndefined();
  });
});

describe('findContact', () => {
  it('prefers the page contact box over the site address in the footer', () => {
    const doc = box(`<main><h1>Wohngeld</h1><p>Text.</p></main>
      <aside><div class="contact-box"><h2>Kontakt</h2><p>Wohngeldstelle<br>Am Markt 2<br>11111 Ort</p><p>Telefon: 0111 22-33</p></div></aside>
      <footer><address>Stadt Ort<br>Rathausplatz 1<br>11111 Ort<br>Telefon: 0111 22-0</address></footer>`);
    const found = findContact(doc);
    expect(found?.contact.office).toBe('Wohngeldstelle');
    expect(found?.contact.phones).toEqual(['0111 22-33']);
  });

  it('finds nothing on a page without a contact', () => {
    expect(findContact(box('<main><h1>Titel</h1><p>Nur Text ohne Kontakt.</p></main>'))).toBeUndefined();
  });
});

describe('contact links', () => {
  it('builds tel:, mailto: and web links from values, refusing other schemes', () => {
    expect(telHref('0340 204-2901')).toBe('tel:03402042901');
    expect(telHref('+49 (340) 204-2901')).toBe('tel:+493402042901');
    expect(mailHref('a@b.example')).toBe('mailto:a@b.example');
    expect(mailHref('a@b.example?bcc=x@y.example')).toBe('#');
    expect(safeWebUrl('/termine', 'https://stadt.example/a')).toBe('https://stadt.example/termine');
    expect(safeWebUrl('javascript:alert(1)', 'https://stadt.example/')).toBeUndefined();
  });
});
