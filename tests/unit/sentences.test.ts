import { describe, expect, it } from 'vitest';
import { splitSentenceSpans, splitSentences } from '@/utils/simplify/sentences';

/** [input, expected sentences] — each case written by hand for a pitfall of German city-hall text. */
const CASES: [string, string[]][] = [
  ['Bringen Sie z. B. Ihren Pass mit. Dann geht es schneller.', ['Bringen Sie z. B. Ihren Pass mit.', 'Dann geht es schneller.']],
  ['Bringen Sie z.B. Ihren Pass mit. Danke.', ['Bringen Sie z.B. Ihren Pass mit.', 'Danke.']],
  ['Es gibt u. a. Sprachkurse. Sie sind kostenlos.', ['Es gibt u. a. Sprachkurse.', 'Sie sind kostenlos.']],
  ['Es gibt u.a. Sprachkurse und Beratung.', ['Es gibt u.a. Sprachkurse und Beratung.']],
  ['Die Frist ist kurz, d. h. Sie müssen schnell sein. Rufen Sie an.', ['Die Frist ist kurz, d. h. Sie müssen schnell sein.', 'Rufen Sie an.']],
  ['Das Amt ist in der Zerbster Str. 4 im Erdgeschoss.', ['Das Amt ist in der Zerbster Str. 4 im Erdgeschoss.']],
  ['Gehen Sie in Zimmer Nr. 5. Dort wartet man auf Sie.', ['Gehen Sie in Zimmer Nr. 5.', 'Dort wartet man auf Sie.']],
  ['Die Bearbeitung dauert ca. zwei Wochen.', ['Die Bearbeitung dauert ca. zwei Wochen.']],
  ['Die Bearbeitung dauert ca. 14 Tage. Danach kommt Post.', ['Die Bearbeitung dauert ca. 14 Tage.', 'Danach kommt Post.']],
  ['Sprechen Sie mit Dr. Müller. Sie hilft gern.', ['Sprechen Sie mit Dr. Müller.', 'Sie hilft gern.']],
  ['Das regelt § 17 Abs. 1 Satz 2 BMG. Mehr steht im Gesetz.', ['Das regelt § 17 Abs. 1 Satz 2 BMG.', 'Mehr steht im Gesetz.']],
  ['Die Gebühr wird gem. § 5 der Satzung erhoben.', ['Die Gebühr wird gem. § 5 der Satzung erhoben.']],
  ['Die Gebühr wird gem. Gebührenordnung erhoben.', ['Die Gebühr wird gem. Gebührenordnung erhoben.']],
  ['Fragen? Tel. 0340 204-2901. Wir helfen.', ['Fragen?', 'Tel. 0340 204-2901.', 'Wir helfen.']],
  ['Das gilt nach §§ 3 ff. BauGB. Bitte beachten Sie das.', ['Das gilt nach §§ 3 ff. BauGB.', 'Bitte beachten Sie das.']],
  ['Am 3. Oktober ist das Rathaus geschlossen.', ['Am 3. Oktober ist das Rathaus geschlossen.']],
  ['Das Fest ist am 17. Juni. Alle sind eingeladen.', ['Das Fest ist am 17. Juni.', 'Alle sind eingeladen.']],
  ['Ab dem 1. 7. gelten neue Zeiten.', ['Ab dem 1. 7. gelten neue Zeiten.']],
  ['Ab dem 1. 7. 2025 gelten neue Zeiten.', ['Ab dem 1. 7. 2025 gelten neue Zeiten.']],
  ['Vom 1. bis 5. Mai ist zu.', ['Vom 1. bis 5. Mai ist zu.']],
  ['Das Büro liegt im 2. OG. Der Aufzug ist links.', ['Das Büro liegt im 2. OG.', 'Der Aufzug ist links.']],
  ['Das Büro liegt im 3. Stock rechts.', ['Das Büro liegt im 3. Stock rechts.']],
  ['Die Frist endet am 30.06. Danach ist es zu spät.', ['Die Frist endet am 30.06.', 'Danach ist es zu spät.']],
  ['Die Frist endet am 30.06.2025. Danach ist es zu spät.', ['Die Frist endet am 30.06.2025.', 'Danach ist es zu spät.']],
  ['Das war im Jahr 2024. Jetzt ist alles neu.', ['Das war im Jahr 2024.', 'Jetzt ist alles neu.']],
  ['Das Projekt lief 2023 bis 2024. Es war gut.', ['Das Projekt lief 2023 bis 2024.', 'Es war gut.']],
  ['Im 21. Jahrhundert ist vieles digital.', ['Im 21. Jahrhundert ist vieles digital.']],
  ['Kinder ab dem 6. Lebensjahr brauchen einen Ausweis.', ['Kinder ab dem 6. Lebensjahr brauchen einen Ausweis.']],
  ['Der 1. Bürgermeister eröffnet das Fest.', ['Der 1. Bürgermeister eröffnet das Fest.']],
  ['Der Raum hat die Nummer 489. Er ist oben.', ['Der Raum hat die Nummer 489.', 'Er ist oben.']],
  ['Leistungen nach dem SGB II. Fragen dazu beantwortet das Jobcenter.', ['Leistungen nach dem SGB II.', 'Fragen dazu beantwortet das Jobcenter.']],
  ['Kaiser Wilhelm II. ließ das Haus bauen.', ['Kaiser Wilhelm II. ließ das Haus bauen.']],
  ['Öffnungszeiten: Mo. bis Fr. 8 bis 12 Uhr.', ['Öffnungszeiten: Mo. bis Fr. 8 bis 12 Uhr.']],
  ['Geöffnet Mo. – Fr. 8.00 bis 12.00 Uhr. Am Donnerstag auch nachmittags.', ['Geöffnet Mo. – Fr. 8.00 bis 12.00 Uhr.', 'Am Donnerstag auch nachmittags.']],
  ['Schreiben Sie an info@stadt.example. Wir antworten schnell.', ['Schreiben Sie an info@stadt.example.', 'Wir antworten schnell.']],
  ['Mehr auf www.stadt.example/buergeramt. Dort gibt es Formulare.', ['Mehr auf www.stadt.example/buergeramt.', 'Dort gibt es Formulare.']],
  ['Die Gebühr beträgt 37,00 €. Sie zahlen bar oder mit Karte.', ['Die Gebühr beträgt 37,00 €.', 'Sie zahlen bar oder mit Karte.']],
  ['Die Gebühr beträgt 22.80 Euro.', ['Die Gebühr beträgt 22.80 Euro.']],
  ['Wer muss sich anmelden? Alle, die umziehen! Das gilt immer.', ['Wer muss sich anmelden?', 'Alle, die umziehen!', 'Das gilt immer.']],
  ['Sie brauchen: Pass, Foto usw. Danach geht es los.', ['Sie brauchen: Pass, Foto usw.', 'Danach geht es los.']],
  ['Pass, Foto usw. sind mitzubringen.', ['Pass, Foto usw. sind mitzubringen.']],
  ['Er sagte: „Kommen Sie morgen.“ Dann ging er.', ['Er sagte: „Kommen Sie morgen.“', 'Dann ging er.']],
  ['Bitte warten (ca. 10 Min.). Danke.', ['Bitte warten (ca. 10 Min.).', 'Danke.']],
  ['Das ist wichtig... aber nicht eilig.', ['Das ist wichtig... aber nicht eilig.']],
  ['Das ist wichtig … Danach kommt mehr.', ['Das ist wichtig …', 'Danach kommt mehr.']],
  ['Herr Prof. Dr. Schmidt leitet das Amt.', ['Herr Prof. Dr. Schmidt leitet das Amt.']],
  ['Frau Dipl.-Ing. Weber ist zuständig.', ['Frau Dipl.-Ing. Weber ist zuständig.']],
  ['Antrag i.d.R. online stellen. Das spart Zeit.', ['Antrag i.d.R. online stellen.', 'Das spart Zeit.']],
  ['Zahlen Sie ggf. eine Gebühr. Das Amt sagt es Ihnen.', ['Zahlen Sie ggf. eine Gebühr.', 'Das Amt sagt es Ihnen.']],
  ['Kosten inkl. Porto: 12 Euro.', ['Kosten inkl. Porto: 12 Euro.']],
  ['Siehe Art. 3 GG. Niemand darf benachteiligt werden.', ['Siehe Art. 3 GG.', 'Niemand darf benachteiligt werden.']],
  ['Erster Satz.\nZweiter Satz ohne Punkt\nDritter Satz.', ['Erster Satz.', 'Zweiter Satz ohne Punkt', 'Dritter Satz.']],
  ['Termin am 12. März 2025 um 9 Uhr. Bitte pünktlich.', ['Termin am 12. März 2025 um 9 Uhr.', 'Bitte pünktlich.']],
  ['Am 1. Mai ist Feiertag. Am 2. Mai ist offen.', ['Am 1. Mai ist Feiertag.', 'Am 2. Mai ist offen.']],
  ['Vgl. dazu die Satzung. Sie gilt seit 2020.', ['Vgl. dazu die Satzung.', 'Sie gilt seit 2020.']],
  ['Das Büro ist bzw. bleibt geschlossen.', ['Das Büro ist bzw. bleibt geschlossen.']],
  ['Tel.: 0340 204-1201. Fax: 0340 204-2900.', ['Tel.: 0340 204-1201.', 'Fax: 0340 204-2900.']],
  ['Die 2. Änderung der Satzung gilt ab sofort.', ['Die 2. Änderung der Satzung gilt ab sofort.']],
  ['Ein Satz ohne Punkt am Ende', ['Ein Satz ohne Punkt am Ende']],
  ['Kosten: 5 € pro Seite. Mind. 10 €.', ['Kosten: 5 € pro Seite.', 'Mind. 10 €.']],
  ['Die Sprechzeit ist Di. 14 – 18 Uhr und Do. 9 – 12 Uhr.', ['Die Sprechzeit ist Di. 14 – 18 Uhr und Do. 9 – 12 Uhr.']],
  ['„Willkommen!“ So begrüßt Sie das Team.', ['„Willkommen!“', 'So begrüßt Sie das Team.']],
  ['', []],
  ['   ', []],
];

describe('splitSentences: German city-hall pitfalls', () => {
  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES)('%s', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('returns offsets that point at each sentence in the original text', () => {
    const text = 'Am 3. Oktober ist zu.  Bitte kommen Sie z. B. am 4.\nNeue Zeile.';
    for (const span of splitSentenceSpans(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(splitSentenceSpans(text)).toHaveLength(3);
  });
});
