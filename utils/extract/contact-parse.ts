/**
 * Read a contact block's lines into a structured `Contact`: the address,
 * phone and e-mail conventions of German municipal pages ("Telefon: 0340
 * 204-2901", "Zimmer 489", "06844 Dessau-Roßlau", "Öffnungszeiten: Mo–Fr …").
 */
import type { Contact } from './types';
import type { ContactLine } from './contact-lines';

const ORGANISATION =
  /^(?:Stadt|Gemeinde|Markt|Landkreis|Kreis|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Große Kreisstadt|Bundesstadt|Freie und Hansestadt|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Landratsamt|Bezirksamt|Samtgemeinde|Verbandsgemeinde|Region|Städteregion|Rathaus|Volkshochschule|Jobcenter|Agentur für Arbeit|City of|Town of|Municipality of|District of)\b/;
const OFFICE =
  /(?:office|department|registry|amt|kasse|steuern|ämter|büro|buero|stelle|abteilung|fachbereich|fachdienst|referat|dienst|behörde|zentrum|center|service|team|sachgebiet|bereich|beauftragte|jobcenter|verwaltung)\b/i;
const ROOM = /(?:^|[\s(,])(?:Zimmer|Raum|Zi\.|Büro Nr\.?)\s*(?:Nr\.?\s*)?([\w.\-/]+)/i;
/** A line of its own naming where in the building: "Kreishaus, Haus C", "Haus B, 3. Etage", "Erdgeschoss". */
const ROOM_LINE = /^(?:(?:Kreishaus|Rathaus|Verwaltungsgebäude|Stadthaus|Bürgerhaus)\s*,\s*)?(?:Haus\s+[A-Z\d]\b|Gebäude\s+[A-Z\d]\b|\d+\.\s*(?:Etage|Stock|Obergeschoss|OG)\b|Erdgeschoss\b|Untergeschoss\b|Dachgeschoss\b)/u;
const STREET =
  /^(\p{Lu}[\p{L}.'\- ]{1,60}?(?:straße|strasse|str\.|weg|platz|allee|ring|gasse|damm|ufer|markt|chaussee|steig|pfad|hof|berg|graben|wall|tor|park|anger|kamp|deich|stieg|promenade|zeile|Straße|Weg|Platz|Allee|Ring|Gasse|Markt)\s+\d+\s*[a-zA-Z]?(?:\s*[-–/]\s*\d+\s*[a-zA-Z]?)?)$/u;
const HOUSE_NUMBER_LINE = /^\p{Lu}[\p{L}.'·\- ]{1,50}\s\d{1,4}\s?[a-zA-Z]?(?:\s*[-–/]\s*\d{1,4}\s?[a-zA-Z]?)?$/u;
const POSTCODE_TOWN = /^(?:D-\s?)?(\d{5})\s+(\p{L}[\p{L}\s.\-()/]*?)$/u;
// Labels in German, English and the languages of translated municipal pages (Ukrainian/Russian, Turkish, Arabic).
const PHONE_LABEL = /^(?:(?:Telefon|Tel|Fon|Phone|Telephone|Mobil|Handy|Servicetelefon|Bürgertelefon|Телефон|Тел|Telefonnummer)(?!\p{L})\.?|(?:ال)?هاتف)\s*(?:\([^)]*\))?\s*[:.]?\s*/iu;
const FAX_LABEL = /^(?:Tele)?fax\b\s*[:.]?\s*/i;
const MAIL_LABEL = /^(?:E-?Mail|Mail|Ел\. пошта|E-Posta)(?!\p{L})\s*[:.]?\s*/iu;
const PHONE_NUMBER = /\+?\(?\d[\d\s/()\-–.]{4,}\d/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const HOURS_HEADING = /^(?:Öffnungszeiten|Sprechzeiten|Servicezeiten|Sprechstunden?|Besuchszeiten|Opening hours|Office hours)\b\s*:?\s*/i;
const WEEKDAY = /\b(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|werktags|täglich|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TIME = /\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:–|-|bis)\s*\d{1,2}\s*Uhr|\bUhr\b|nach Vereinbarung|\d{1,2}\s*(?:am|pm)\b|\bnoon\b|geschlossen|closed/i;
const PERSON = /^(?:(?:Frau|Herr|Hr\.|Fr\.)\s+)(?:(?:Dr|Prof)\.\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}$/u;
/** Two or three capitalised words, as a name is written ("Tobias Wendland", "Anna-Lena Koch"). */
const BARE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:von |van |de )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;
const STREET_WORD = /(?:straße|strasse|weg|platz|allee|ring|gasse|damm|ufer|markt|chaussee|haus|hof)\b/i;
const PERSON_LABEL = /^(?:Ansprechpartner(?:in)?|Ansprechperson|Sachbearbeit(?:er|erin|ung)|Kontaktperson|Leitung)\s*:\s*/i;
const APPOINTMENT = /termin/i;
const LABEL_ONLY = /^(?:Kontakt|Ihr Kontakt|(?:Für )?Rückfragen|Pressekontakt|Medienkontakt|Ihre Ansprechpartner(?:in)?|Ansprechpartner(?:in)?|Anschrift|Adresse|Postanschrift|Postadresse|Besucheranschrift|Besucheradresse|Hausanschrift|Dienstanschrift|So erreichen Sie uns|Kontaktdaten|Zuständige (?:Stelle|Stellen|Dienststelle|Behörde|Abteilung|Einrichtung)|Kontakt und Öffnungszeiten|Veranstalter(?:in)?|Herausgeber(?:in)?)\s*:?$/i;

/** Class names of contact markup: microformats (h-card/vCard), schema.org itemprops, iKISS, Sitepark IES, TYPO3 tt_address. */
const HINT_ROOM = /(?:^|[\s_-])(?:raum|room|zimmer)(?:$|\s)/i;
const HINT_OFFICE = /(?:^|[\s_-])(?:einrichtung|organization-unit|organisation-unit|department|abteilung|dienststelle|org-unit|fachbereich)(?:$|\s)/i;
const HINT_ORG = /(?:^|[\s_-])(?:org|organization|organisation|legalName)(?:$|\s)/i;
const HINT_PERSON = /(?:^|[\s_-])(?:name|fn|person|p-name|mitarbeiter-name|givenName|familyName|given-name|family-name)(?:$|\s)/i;
/** vCard and schema.org street lines (OpenCms Mercury puts `streetAddress` on the building line too). */
const HINT_STREET = /(?:^|\s)(?:street-address|streetAddress|p-street-address)(?:$|\s)/i;

type HintKind = 'room' | 'office' | 'organisation' | 'person' | 'street';
const HINT_KINDS: [HintKind, RegExp][] = [
  ['room', HINT_ROOM],
  ['office', HINT_OFFICE],
  ['organisation', HINT_ORG],
  ['person', HINT_PERSON],
  ['street', HINT_STREET],
];

/**
 * What the markup around a line says it is: the innermost of the last three class
 * names and itemprops that names a field (a person's `givenName` inside a box classed
 * `org` is the person).
 */
function hintKind(hint: string): HintKind | undefined {
  const tokens = hint.split(/\s+/).slice(-3);
  for (let i = tokens.length - 1; i >= 0; i--) for (const [kind, re] of HINT_KINDS) if (re.test(tokens[i]!)) return kind;
  return undefined;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '').trim();

function decodeMail(href: string): string | undefined {
  if (!/^mailto:/i.test(href)) return undefined;
  try {
    return decodeURIComponent(href.slice(7).split('?')[0] ?? '').trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface ParsedContact {
  contact: Contact;
  /** Every line was understood (or is a label), so the card loses nothing. */
  complete: boolean;
}

/** Parse contact lines. `base` resolves relative appointment links. */
export function parseContact(lines: ContactLine[], base?: string): ParsedContact {
  const c: Contact = { phones: [], emails: [] };
  const hours: string[] = [];
  let inHours = false;
  let unknown = 0;
  let firstUnknown: string | undefined;
  /** The line the office came from (a unit under it may follow). */
  let officeLine = -2;
  const addPhone = (p: string) => {
    const v = clean(p);
    if (v && !c.phones.includes(v)) c.phones.push(v);
  };
  const addMail = (m: string) => {
    const v = m.trim().replace(/\.$/, '');
    if (v && !c.emails.includes(v)) c.emails.push(v);
  };

  // The line right before "12345 Town" that ends in a house number is the street, whatever its suffix ("Neckarhalde 17").
  const streetAt = new Set<number>();
  lines.forEach((line, i) => {
    const prev = lines[i - 1]?.text ?? '';
    if (i > 0 && POSTCODE_TOWN.test(line.text) && HOUSE_NUMBER_LINE.test(prev) && !PHONE_LABEL.test(prev)) streetAt.add(i - 1);
  });
  for (const [index, line] of lines.entries()) {
    if (streetAt.has(index) && !c.street) {
      c.street = clean(line.text);
      continue;
    }
    let text = line.text.replace(/\s*[([]\s*at\s*[)\]]\s*/gi, '@').replace(/\s*[([]\s*(?:dot|punkt)\s*[)\]]\s*/gi, '.');
    let used = false;
    for (const href of line.hrefs) {
      const mail = decodeMail(href);
      if (mail) {
        addMail(mail);
        used = true;
      } else if (!c.appointmentUrl && APPOINTMENT.test(text) && /^(?:https?:|\/)/i.test(href)) {
        try {
          c.appointmentUrl = new URL(href, base).href;
          used = true;
        } catch {
          /* an unparsable href is not an appointment link */
        }
      }
    }
    if (LABEL_ONLY.test(text)) continue;
    const kind = hintKind(line.hint ?? '');
    if (kind === 'room' && !c.room && text.length < 80) {
      c.room = clean(text);
      continue;
    }
    if (kind === 'office' && !c.office && text.length < 120) {
      c.office = clean(text);
      continue;
    }
    if (kind === 'organisation' && !c.organisation && text.length < 120 && !/\d{5}/.test(text)) {
      c.organisation = clean(text);
      continue;
    }
    // A vCard's formatted name (`fn`) is the organisation's in an organisation's card ("Kreisverwaltung Marlingen").
    if (kind === 'person' && !c.person && text.length < 80 && !/\d/.test(text) && !ORGANISATION.test(text)) {
      c.person = clean(text.replace(PERSON_LABEL, ''));
      continue;
    }
    if (kind === 'street' && !c.street && /\d/.test(text) && !/\d{5}/.test(text) && text.length < 80 && !ROOM_LINE.test(text) && !ROOM.test(text)) {
      c.street = clean(text);
      continue;
    }
    const hoursHead = HOURS_HEADING.exec(text);
    if (hoursHead) {
      inHours = true;
      text = text.slice(hoursHead[0].length).trim();
      if (!text) continue;
    }
    if (inHours || (WEEKDAY.test(text) && TIME.test(text))) {
      if (WEEKDAY.test(text) || TIME.test(text)) {
        hours.push(text);
        continue;
      }
      inHours = false;
    }
    if (FAX_LABEL.test(text)) {
      const m = PHONE_NUMBER.exec(text);
      if (m) c.fax = clean(m[0]);
      continue;
    }
    // Leichte Sprache and prose: "Die Telefon·nummer ist: 0421 555-2700".
    const inProse = /Telefon|Tel\.|Rufnummer|Servicenummer|Hotline|Durchwahl|Phone/i.test(text) && !PHONE_LABEL.test(text) && PHONE_NUMBER.exec(text);
    if (inProse && inProse[0].replace(/\D/g, '').length >= 6 && text.length < 120) {
      addPhone(inProse[0]);
      // The rest of the sentence is not on the card: keep the block in the article too.
      unknown++;
      continue;
    }
    if (PHONE_LABEL.test(text)) {
      for (const part of text.replace(PHONE_LABEL, '').split(/\s*(?:,|;|\boder\b|\bund\b)\s*/)) {
        const m = PHONE_NUMBER.exec(part);
        if (m) addPhone(m[0]);
      }
      continue;
    }
    const mailMatch = EMAIL.exec(text.replace(MAIL_LABEL, ''));
    if (mailMatch) {
      addMail(mailMatch[0]);
      if (clean(text.replace(MAIL_LABEL, '').replace(mailMatch[0], '')).length < 3) continue;
    } else if (used && MAIL_LABEL.test(text)) continue;
    if (line.hrefs.some((h) => /^tel:/i.test(h)) || /^\+?[\d\s/()\-–.]{6,}$/.test(text)) {
      const m = PHONE_NUMBER.exec(text);
      if (m && m[0].replace(/\D/g, '').length >= 6) {
        addPhone(m[0]);
        continue;
      }
    }
    if (used && c.appointmentUrl && APPOINTMENT.test(text)) continue;
    // Address lines may come as one: "Zerbster Straße 4, 06844 Dessau-Roßlau".
    let rest = '';
    for (const part of text.split(/\s*[,|]\s*/)) {
      const pt = POSTCODE_TOWN.exec(part);
      const st = STREET.exec(part);
      if (pt && !c.postcode) {
        c.postcode = pt[1];
        c.town = clean(pt[2] ?? '');
      } else if (st && !c.street) c.street = clean(st[1] ?? '');
      else rest += (rest ? ', ' : '') + part;
    }
    text = clean(rest);
    if (!text) continue;
    if (!c.room && ROOM_LINE.test(text) && text.length < 60 && !/\d{5}/.test(text)) {
      c.room = text;
      continue;
    }
    const room = ROOM.exec(text);
    if (room && !c.room && text.length < 60 && (!OFFICE.test(text) || /^\p{L}+,\s/u.test(text))) {
      // A line of its own ("Erdgeschoss, Zimmer 0.14") is the room as written.
      c.room = text;
      continue;
    }
    if (room) {
      c.room ??= room[1]!.replace(/[).,]+$/, '');
      text = clean(text.replace(/\(?\s*(?:Zimmer|Raum|Zi\.|Büro Nr\.?)\s*(?:Nr\.?\s*)?[\w.\-/]+\s*\)?/i, ''));
      if (!text) continue;
    }
    const personText = text.replace(PERSON_LABEL, '');
    if (!c.person && (PERSON.test(personText) || (PERSON_LABEL.test(text) && personText.length < 60))) {
      // "Frau Sabine Kreuzer, Sachbearbeiterin Hundesteuer": the name, without the job after it.
      const [name, ...role] = personText.split(/\s*,\s*/);
      c.person = clean(role.length && PERSON.test(name!) ? name! : personText);
      continue;
    }
    // A name without "Frau"/"Herr" between the office and the phone or e-mail line: the press
    // contact of a release ("Pressestelle" / "Tobias Wendland" / "Tel.: …").
    if (!c.person && (c.office || c.organisation) && BARE_NAME.test(text) && !OFFICE.test(text) && !ORGANISATION.test(text) && !STREET_WORD.test(text)) {
      const next = lines[index + 1]?.text ?? '';
      if (PHONE_LABEL.test(next) || MAIL_LABEL.test(next) || EMAIL.test(next)) {
        c.person = text;
        continue;
      }
    }
    if (!c.organisation && ORGANISATION.test(text) && text.length < 120) {
      // "Stadt Grünwalde, Amt für Stadtplanung": organisation and office on one line.
      const [org, ...rest] = text.split(/\s*,\s*/);
      const office = rest.join(', ');
      if (office && OFFICE.test(office) && !c.office) {
        c.organisation = org!;
        c.office = office;
      } else c.organisation = text;
      continue;
    }
    if (!c.office && OFFICE.test(text) && text.length < 100) {
      c.office = text;
      officeLine = index;
      continue;
    }
    // The unit under the office on the next line ("Fachbereich Soziales" / "Versorgungsamt –
    // Schwerbehindertenrecht"): the card shows the whole path.
    if (c.office && officeLine === index - 1 && OFFICE.test(text) && text.length < 100 && c.office.length + text.length < 140) {
      c.office = `${c.office}, ${text}`;
      officeLine = index;
      continue;
    }
    unknown++;
    firstUnknown ??= text;
  }
  // A short unnamed line in a contact box is the office ("Bauhof und Wertstoffhof").
  if (!c.office && firstUnknown && firstUnknown.length < 80 && !/\d/.test(firstUnknown) && /^\p{Lu}/u.test(firstUnknown) && !/[.!?:]$/.test(firstUnknown)) {
    c.office = firstUnknown;
    unknown--;
  }
  if (hours.length) c.openingHours = hours;
  return { contact: c, complete: unknown === 0 };
}

/** A contact is worth a card when it says how to reach someone. */
export function isUsefulContact(c: Contact): boolean {
  return c.phones.length > 0 || c.emails.length > 0 || Boolean(c.street && c.postcode);
}

/** The card's lines as plain text (the reader's `text` includes them). */
export function contactToText(c: Contact): string[] {
  const lines: (string | undefined)[] = [
    c.organisation,
    c.office,
    c.person,
    c.room,
    c.street,
    c.postcode || c.town ? [c.postcode, c.town].filter(Boolean).join(' ') : undefined,
    ...c.phones,
    c.fax,
    ...c.emails,
    ...(c.openingHours ?? []),
    c.appointmentUrl,
  ];
  return lines.filter((l): l is string => Boolean(l && l.trim()));
}
