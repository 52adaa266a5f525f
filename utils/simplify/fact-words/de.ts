/** German: the wording of German city-hall pages (and of the German terms quoted in other languages). */
import { STOPWORDS_DE } from '../stopwords-de';
import { rx } from './fold';
import type { FactWords } from './types';

export const FACT_WORDS_DE: FactWords = {
  lang: 'de',
  sections: {
    documents: rx('unterlagen|mitbringen|mitzubringen|dokumente|nachweise|was brauche|benötigt|erforderlich'),
    fees: rx('gebühr|kosten|preis|entgelt|was kostet|eintritt'),
    deadlines: rx('frist|wie lange|bis wann'),
    openingHours: rx('öffnungszeit|sprechzeit|servicezeit|geöffnet'),
    online: rx('online|formular|download|digital'),
  },
  labels: {
    dates: rx('^(datum|termin|wann|uhrzeit|zeit|beginn|ende|veranstaltungszeit)$'),
    address: rx('^(ort|veranstaltungsort|adresse|anschrift|wo|treffpunkt)$'),
    fees: rx('^(eintritt|kosten|preis|gebühr|gebühren|teilnahmegebühr)$'),
    openingHours: rx('^(öffnungszeiten|sprechzeiten)$'),
  },
  documentNoun: rx(
    'ausweis|pass\\b|passfoto|reisepass|urkunde|bescheinigung|nachweis|lichtbild|foto|bestätigung|vertrag|formular|antrag\\b|bescheid|zeugnis|vollmacht|unterlagen|kopie|dokument|karte\\b|meldebescheinigung|aufenthaltstitel|visum',
  ),
  bringVerb: rx(
    'mitbringen|mitzubringen|vorlegen|vorzulegen|benötigen sie|brauchen sie|einreichen|einzureichen|beifügen|beizufügen|erforderlich|bringen sie',
  ),
  feeWords: rx('gebührenfrei|kostenfrei|kostenlos|gebührenpflichtig|kostenpflichtig|eintritt frei'),
  freeLine: rx('^(frei|kostenlos)\\b'),
  deadline: rx(
    'innerhalb (von |eines |einer |einem |der |des )?(\\S+ )?(tage?n?|woche|wochen|monats?|monaten|jahr|jahres|jahren|stunden?|frist)\\b|spätestens|bis (zum|spätestens|ende)|binnen|\\bfrist|vor ablauf|rechtzeitig|fällig|nicht später als|im voraus|vorabend|bewilligt|rückwirkend|\\bin (\\d+|zwei|drei|vier|fünf|sechs|acht|zehn|vierzehn) (tagen|wochen|monaten)\\b',
  ),
  weekday: rx('\\b(montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|mo|di|mi|do|fr|sa|so)\\b'),
  online: rx('online|internet|portal|navigator|digital|\\bapp\\b|terminvergabe|termin buchen|formular'),
  onlineNegated: rx('nicht möglich'),
  pageMeta: rx('^(veröffentlicht|erstellt|stand|aktualisiert|zuletzt (geändert|aktualisiert)|datum der veröffentlichung)\\b'),
  stopwords: STOPWORDS_DE,
  keywordStems: [
    'frist', 'termin', 'unterlag', 'gebühr', 'kost', 'öffnungszeit', 'antrag', 'beantrag', 'adress', 'anmeld',
    'mitbring', 'nachweis', 'online', 'formular', 'sprechzeit', 'bescheinig', 'ausweis', 'euro', 'bis zum',
  ],
};
