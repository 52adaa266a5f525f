/**
 * Glossary of official and municipal German words with plain explanations.
 * Written for Leselotse (no text taken from Hurraki, the BVA handbook or any
 * other list); dedicated to the public domain (CC0).
 *
 * One entry per line: `Begriff|einfaches Ersatzwort|Erklärung`. The
 * replacement is given only where swapping the word keeps the sentence
 * grammatical and true; otherwise it is empty. Kept as one string because the
 * content script has a size budget.
 */
const DATA = `
Abgabe||Etwas abgeben oder einreichen. Bei Steuern heißt Abgabe auch: Geld, das man zahlen muss.
Abholung||Sie holen etwas selbst beim Amt ab, zum Beispiel Ihren neuen Ausweis.
Ablehnung|Absage|Das Amt sagt Nein zu Ihrem Antrag.
Abmeldung||Sie sagen dem Amt, dass Sie nicht mehr an dieser Adresse wohnen.
Abschiebung||Die Behörde bringt eine Person gegen ihren Willen in ein anderes Land.
Abschrift|Kopie|Eine Kopie von einem Dokument.
Akteneinsicht||Sie dürfen lesen, was das Amt über Ihren Fall aufgeschrieben hat.
Aktenzeichen||Eine Nummer für Ihren Fall beim Amt. Schreiben Sie sie auf jeden Brief an das Amt.
Amtsgericht||Ein Gericht für kleinere Streitfälle und für Dinge wie Erbschaft oder Betreuung.
Amtsblatt||Eine Zeitung vom Amt. Dort stehen neue Regeln und Bekanntmachungen.
Anerkennung||Ein Amt prüft, ob Ihr Abschluss aus dem Ausland hier gilt.
Anhörung||Sie dürfen sagen oder schreiben, was Sie denken, bevor das Amt entscheidet.
Anlage|Beilage|Ein Blatt oder Dokument, das zu einem Brief oder Antrag dazugehört.
Anmeldung||Sie sagen dem Amt, wo Sie wohnen. Das müssen Sie nach einem Umzug machen.
Anordnung||Das Amt bestimmt, dass etwas gemacht werden muss.
Anschreiben||Ein Brief, zum Beispiel vom Amt an Sie.
Anspruch||Sie haben ein Recht auf etwas, zum Beispiel auf Geld vom Staat.
Antrag||Sie bitten das Amt schriftlich um etwas. Oft gibt es dafür ein Formular.
Antragsteller||Die Person, die den Antrag stellt. Meistens sind das Sie selbst.
Antragstellerin||Die Frau, die den Antrag stellt. Meistens sind das Sie selbst.
Anwohner||Menschen, die in dieser Straße oder Gegend wohnen.
Arbeitserlaubnis||Die Erlaubnis vom Staat, dass Sie in Deutschland arbeiten dürfen.
Arbeitslosengeld||Geld von der Agentur für Arbeit, wenn Sie Ihre Arbeit verloren haben.
Asylantrag||Sie bitten den Staat um Schutz, weil Sie in Ihrem Land in Gefahr sind.
Asylbewerber||Eine Person, die in Deutschland um Schutz gebeten hat. Über die Bitte ist noch nicht entschieden.
Aufenthaltserlaubnis||Ein Papier vom Staat: Sie dürfen für eine bestimmte Zeit in Deutschland leben.
Aufenthaltsgestattung||Ein Papier für Menschen im Asylverfahren: Sie dürfen bis zur Entscheidung bleiben.
Aufenthaltstitel||Ein Papier, das erlaubt, in Deutschland zu leben. Es gibt verschiedene Arten davon.
Aufforderung||Das Amt verlangt, dass Sie etwas tun.
Aufwendungen|Kosten|Geld, das Sie für etwas ausgegeben haben.
Auskunft|Information|Eine Antwort oder Information vom Amt.
Ausländerbehörde||Das Amt für Menschen ohne deutschen Pass. Es kümmert sich um Visum und Aufenthalt.
Ausschlussfrist||Eine Frist, die Sie auf keinen Fall verpassen dürfen. Danach ist es zu spät.
Aussetzung||Etwas wird für eine Zeit angehalten.
Ausstellung||Das Amt macht ein Dokument für Sie, zum Beispiel einen Ausweis.
Ausweisung||Die Behörde bestimmt, dass eine Person Deutschland verlassen muss.
Auszahlung||Sie bekommen Geld ausgezahlt, meistens auf Ihr Konto.
Bankverbindung||Die Angaben zu Ihrem Bankkonto: Name der Bank und IBAN.
Barrierefreiheit||Alle Menschen können etwas nutzen, auch Menschen mit Behinderung.
barrierefrei||Ohne Hindernisse. Auch Menschen im Rollstuhl oder mit anderer Behinderung kommen zurecht.
Bauantrag||Sie bitten das Amt um die Erlaubnis, etwas zu bauen.
Baugenehmigung||Die Erlaubnis vom Amt, dass Sie bauen dürfen.
Beantragung||Das Stellen eines Antrags.
Bearbeitungszeit|Wartezeit|So lange braucht das Amt für Ihren Antrag.
Bedarfsgemeinschaft||Menschen, die zusammen wohnen und füreinander sorgen, zum Beispiel Eltern mit Kindern.
Bedürftigkeit||Sie haben nicht genug Geld zum Leben.
Beglaubigung||Ein Amt bestätigt mit Stempel und Unterschrift, dass eine Kopie echt ist.
Behörde||Ein Amt des Staates oder der Stadt.
Beiblatt|Zusatzblatt|Ein zusätzliches Blatt zu einem Formular.
Beihilfe||Geld als Hilfe für einen bestimmten Zweck.
Beitrag||Geld, das Sie regelmäßig zahlen, zum Beispiel für eine Versicherung.
Bekanntmachung|Mitteilung|Eine öffentliche Nachricht vom Amt.
Belehrung|Erklärung|Das Amt erklärt Ihnen Ihre Rechte und Pflichten.
Beratungsstelle||Ein Ort, wo Sie Fragen stellen können und Hilfe bekommen. Oft kostenlos.
Berechtigung|Erlaubnis|Sie dürfen etwas tun oder haben ein Recht darauf.
Bescheid||Ein Brief vom Amt mit einer Entscheidung. Zum Beispiel: Ihr Antrag ist angenommen.
Bescheinigung|Bestätigung|Ein Papier vom Amt, das etwas bestätigt.
Beschluss||Eine Entscheidung, zum Beispiel vom Stadtrat oder von einem Gericht.
Beschwerde||Sie sagen oder schreiben, dass Sie mit etwas nicht zufrieden sind.
Bestattung|Beerdigung|Ein gestorbener Mensch wird begraben oder eingeäschert.
Bestätigung||Ein Papier, das sagt: Das stimmt so.
Betreuung||Jemand kümmert sich um eine Person, zum Beispiel um Kinder oder kranke Menschen.
Bevollmächtigte||Eine Person, die für Sie handeln darf. Sie haben ihr das schriftlich erlaubt.
Bewerbung||Sie schreiben, dass Sie eine Stelle oder einen Platz haben möchten.
Bewilligung|Zusage|Das Amt sagt Ja zu Ihrem Antrag.
Bewohnerparkausweis||Ein Ausweis für das Auto. Damit dürfen Anwohner in ihrer Straße parken.
Bezirksamt||Das Amt für einen Teil einer großen Stadt.
Bildungspaket||Geld vom Staat für Schulsachen, Ausflüge, Nachhilfe oder Mittagessen von Kindern.
Bürgeramt||Das Amt der Stadt für viele Dinge: Anmeldung, Ausweis, Pass und mehr.
Bürgerbüro|Bürgeramt|Das Amt der Stadt für viele Dinge: Anmeldung, Ausweis, Pass und mehr.
Bürgergeld||Geld vom Jobcenter zum Leben, wenn Ihr eigenes Geld nicht reicht.
Bußgeld||Geld, das Sie als Strafe zahlen müssen, zum Beispiel für falsches Parken.
Datenschutz||Regeln, die Ihre persönlichen Daten schützen.
Dienststelle||Ein Büro oder eine Abteilung von einem Amt.
Dolmetscher||Eine Person, die beim Gespräch übersetzt.
Duldung||Sie müssen Deutschland eigentlich verlassen. Aber Sie dürfen für eine Zeit bleiben.
Eheschließung|Hochzeit|Zwei Menschen heiraten beim Standesamt.
Eigenanteil||Den Teil der Kosten zahlen Sie selbst.
Einbürgerung||Sie bekommen die deutsche Staatsangehörigkeit und einen deutschen Pass.
Eingangsbestätigung||Das Amt bestätigt, dass Ihr Brief oder Antrag angekommen ist.
Eingliederungshilfe||Hilfe für Menschen mit Behinderung, damit sie am Leben teilhaben können.
Einkommen||Das Geld, das Sie bekommen, zum Beispiel Lohn, Rente oder Kindergeld.
Einkommensnachweis||Ein Papier, das zeigt, wie viel Geld Sie bekommen. Zum Beispiel eine Lohnabrechnung.
Einrichtung||Ein Ort wie eine Kita, eine Schule, ein Heim oder eine Beratungsstelle.
Einreichung|Abgabe|Sie geben ein Dokument oder einen Antrag beim Amt ab.
Einspruch||Sie sagen dem Amt, dass Sie mit einer Entscheidung nicht einverstanden sind.
Einvernehmen||Alle sind einverstanden.
Einverständniserklärung|Zustimmung|Sie schreiben, dass Sie mit etwas einverstanden sind.
Einwilligung|Zustimmung|Sie sagen Ja dazu, zum Beispiel, dass Ihre Daten genutzt werden.
Einwohnermeldeamt|Bürgeramt|Das Amt, bei dem Sie sich mit Ihrer Adresse anmelden.
Elterngeld||Geld vom Staat für Eltern, die nach der Geburt weniger arbeiten.
Entgelt||Geld, das Sie für eine Leistung zahlen.
Erfordernis||Etwas, das nötig ist.
Ermäßigung||Sie zahlen weniger als den normalen Preis.
Ersatzdokument||Ein Papier als Ersatz, wenn das echte Dokument fehlt.
Erstattung|Rückzahlung|Sie bekommen Geld zurück.
Erwerbstätigkeit|Arbeit|Arbeit, mit der Sie Geld verdienen.
Erziehungsberechtigte||Die Personen, die für ein Kind sorgen dürfen. Meistens die Eltern.
Fälligkeit||Der Tag, an dem Sie spätestens zahlen müssen.
Fahrerlaubnis||Die Erlaubnis, ein Auto oder ein anderes Fahrzeug zu fahren.
Familienkasse||Die Stelle, die das Kindergeld zahlt.
Fiktionsbescheinigung||Ein Papier für die Wartezeit: Ihr alter Aufenthalt gilt weiter, bis das Amt entscheidet.
Formblatt|Formular|Ein Blatt mit Feldern, die Sie ausfüllen.
Formular||Ein Blatt mit Feldern zum Ausfüllen.
Frist||Die Zeit, bis wann Sie etwas tun müssen. Danach ist es oft zu spät.
Fristablauf||Der letzte Tag der Frist ist vorbei.
Fundbüro||Dort können Sie fragen, ob jemand Ihre verlorene Sache gefunden hat.
Führungszeugnis||Ein Papier, das zeigt, ob eine Person Strafen vom Gericht hatte.
Gebühr||Geld, das Sie für eine Leistung vom Amt zahlen.
Gebührenbescheid||Ein Brief vom Amt: So viel müssen Sie zahlen.
gebührenfrei|kostenlos|Sie müssen nichts bezahlen.
gebührenpflichtig|kostenpflichtig|Dafür müssen Sie bezahlen.
Geburtsurkunde||Ein Dokument vom Standesamt. Es zeigt, wann und wo ein Mensch geboren ist.
Gemeinde||Ein Ort mit eigener Verwaltung, zum Beispiel ein Dorf oder eine kleine Stadt.
Genehmigung|Erlaubnis|Das Amt erlaubt Ihnen etwas.
Gewerbeanmeldung||Sie sagen dem Amt, dass Sie eine eigene Firma oder ein Geschäft beginnen.
Gewerbe||Eine Arbeit auf eigene Rechnung, zum Beispiel ein Laden oder eine Firma.
Grundsicherung||Geld vom Staat zum Leben, zum Beispiel für alte Menschen mit wenig Rente.
Grundsteuer||Eine Steuer für Grundstücke und Häuser.
gültig||Etwas gilt noch und ist nicht abgelaufen.
Gültigkeit||Wie lange ein Dokument gilt.
Gutachten||Eine Fachperson prüft etwas und schreibt ihre Meinung auf.
Haushalt||Alle Menschen, die zusammen in einer Wohnung leben und wirtschaften.
Hauptwohnsitz||Die Wohnung, in der Sie meistens leben.
Hilfeplan||Ein Plan, welche Hilfe eine Person oder Familie bekommt.
Hinterbliebene|Angehörige|Die Familie von einem Menschen, der gestorben ist.
Hundesteuer||Eine Steuer, die Sie für Ihren Hund an die Stadt zahlen.
Identitätsnachweis||Ein Papier, das zeigt, wer Sie sind. Zum Beispiel Ausweis oder Pass.
Inanspruchnahme|Nutzung|Sie nutzen eine Leistung.
Integrationskurs||Ein Kurs mit Deutsch und Wissen über das Leben in Deutschland.
Jobcenter||Das Amt für Bürgergeld und Hilfe bei der Arbeitssuche.
Jugendamt||Das Amt für Kinder, Jugendliche und Familien.
Kaution||Geld als Sicherheit, zum Beispiel für eine Wohnung. Sie bekommen es später zurück.
Kenntnisnahme||Sie haben etwas gelesen und wissen davon.
Kindertagesstätte|Kita|Ein Ort, an dem Kinder tagsüber betreut werden.
Kindergeld||Geld vom Staat für Eltern. Sie bekommen es jeden Monat für jedes Kind.
Kinderzuschlag||Extra-Geld für Familien mit wenig Einkommen.
Kostenbeitrag||Ein Teil der Kosten, den Sie selbst zahlen.
Kostenübernahme||Ein Amt oder eine Kasse zahlt die Kosten für Sie.
Krankenversicherung||Eine Versicherung, die Arzt und Krankenhaus bezahlt.
Lastschrift||Die Stelle holt das Geld selbst von Ihrem Konto. Sie haben das vorher erlaubt.
Lebensunterhalt||Das Geld, das Sie zum Leben brauchen: Essen, Wohnung, Kleidung.
Leistungsbescheid||Ein Brief vom Amt: Diese Hilfe oder dieses Geld bekommen Sie.
Leistungen||Hilfe vom Amt, zum Beispiel Geld oder Beratung.
Lichtbild|Foto|Ein Foto von Ihnen, zum Beispiel für den Ausweis.
Mahnung||Ein Brief: Sie haben noch nicht bezahlt. Bitte zahlen Sie jetzt.
Mahngebühr||Extra-Geld, wenn Sie zu spät zahlen.
Meldebehörde||Das Amt, bei dem Sie Ihre Wohnung anmelden.
Meldebescheinigung||Ein Papier vom Amt. Es zeigt, wo Sie gemeldet sind.
Meldepflicht||Sie müssen dem Amt sagen, wo Sie wohnen.
Mietbescheinigung||Ein Papier vom Vermieter über Ihre Miete.
Mietvertrag||Der Vertrag zwischen Ihnen und dem Vermieter über die Wohnung.
Mitwirkungspflicht||Sie müssen dem Amt helfen, zum Beispiel Papiere bringen und Fragen beantworten.
Nachweis|Beleg|Ein Papier, das etwas zeigt oder beweist.
Nachzahlung||Sie müssen noch Geld dazu bezahlen.
Nebenkosten||Kosten zur Miete dazu, zum Beispiel für Wasser, Heizung und Müll.
Nebenwohnsitz|Zweitwohnsitz|Eine zweite Wohnung, in der Sie nicht meistens leben.
Niederlassungserlaubnis||Ein Aufenthaltstitel ohne Ende: Sie dürfen für immer in Deutschland bleiben.
Nutzungsgebühr||Geld dafür, dass Sie etwas nutzen dürfen.
Obdachlosigkeit||Ein Mensch hat keine Wohnung.
Ordnungsamt||Das Amt für Ordnung und Sicherheit in der Stadt, zum Beispiel für Lärm und Parken.
Ordnungswidrigkeit||Sie haben gegen eine Regel verstoßen. Das ist keine Straftat, aber es kann Geld kosten.
Personalausweis|Ausweis|Ein Ausweis mit Foto. Er zeigt, wer Sie sind.
Personenstandsurkunde|Urkunde|Ein Dokument vom Standesamt über Geburt, Heirat oder Tod.
persönlich|selbst|Sie müssen selbst kommen. Eine andere Person darf das nicht für Sie machen.
Pflegegeld||Geld von der Pflegekasse für Menschen, die Pflege brauchen.
Pflegegrad||Zeigt, wie viel Hilfe ein Mensch im Alltag braucht. Es gibt die Grade 1 bis 5.
Pflichtfeld||Ein Feld im Formular, das Sie ausfüllen müssen.
Postleitzahl||Die Zahl vor dem Ort in der Adresse.
Ratenzahlung||Sie zahlen einen Betrag in mehreren kleinen Teilen.
Rechtsbehelf||Ein Weg, sich gegen eine Entscheidung vom Amt zu wehren. Zum Beispiel Widerspruch.
Rechtsbehelfsbelehrung||Ein Text im Bescheid. Er sagt, wie und bis wann Sie sich wehren können.
Rechtsgrundlage||Das Gesetz, auf dem eine Entscheidung beruht.
Reisepass|Pass|Ein Ausweis für Reisen ins Ausland.
Rückforderung||Das Amt will Geld zurück, das Sie bekommen haben.
Rundfunkbeitrag||Geld für Radio und Fernsehen. Jede Wohnung zahlt ihn einmal.
Sachbearbeiter||Die Person im Amt, die Ihren Antrag bearbeitet.
Sachbearbeiterin||Die Frau im Amt, die Ihren Antrag bearbeitet.
Säumniszuschlag||Extra-Geld, wenn Sie zu spät zahlen.
Satzung||Regeln, die eine Stadt oder ein Verein für sich macht.
Schwerbehindertenausweis||Ein Ausweis für Menschen mit schwerer Behinderung. Er gibt bestimmte Rechte.
Selbstauskunft||Sie schreiben Angaben über sich selbst, zum Beispiel für eine Wohnung.
Sorgerecht||Das Recht und die Pflicht, für ein Kind zu sorgen.
Sozialamt||Das Amt für Menschen, die Hilfe zum Leben brauchen.
Sozialhilfe||Geld vom Sozialamt zum Leben, wenn man nicht arbeiten kann.
Sperrmüll||Große Dinge für den Müll, zum Beispiel alte Möbel.
Sprechzeiten|Öffnungszeiten|Die Zeiten, in denen Sie ins Amt kommen oder anrufen können.
Staatsangehörigkeit||Zu welchem Land Sie gehören. Das steht in Ihrem Pass.
Standesamt||Das Amt für Geburt, Heirat und Tod.
Sterbeurkunde||Ein Dokument vom Standesamt. Es zeigt, dass ein Mensch gestorben ist.
Steueridentifikationsnummer|Steuer-ID|Eine persönliche Nummer für die Steuer. Sie bekommen sie nach der Anmeldung per Post.
Stichtag||Ein bestimmter Tag, der für eine Regel wichtig ist.
Stellungnahme|Meinung|Sie schreiben, was Sie zu einer Sache denken.
Termin||Eine feste Zeit, zu der Sie ins Amt kommen.
Terminvereinbarung|Terminbuchung|Sie machen mit dem Amt eine feste Zeit aus.
Überweisung||Sie schicken Geld von Ihrem Konto auf ein anderes Konto.
Umlage||Kosten werden auf mehrere Menschen verteilt.
Unbedenklichkeitsbescheinigung||Ein Papier vom Amt: Es gibt keine Schulden oder Probleme.
Unterhalt||Geld, das ein Elternteil für sein Kind oder einen Partner zahlen muss.
Unterhaltsvorschuss||Geld vom Jugendamt für Kinder, wenn der andere Elternteil nicht zahlt.
Unterkunft|Wohnung|Ein Ort zum Wohnen.
Unterlagen|Papiere|Papiere und Dokumente, die Sie brauchen.
Unterschrift||Ihr Name, den Sie selbst mit der Hand schreiben.
unverzüglich|sofort|Sofort und ohne zu warten.
Urkunde||Ein amtliches Dokument, zum Beispiel über Geburt oder Heirat.
Verdienstbescheinigung|Lohnabrechnung|Ein Papier vom Arbeitgeber: So viel Geld verdienen Sie.
Verfahren||Die Schritte, die ein Amt bis zur Entscheidung geht.
Verlängerung||Etwas gilt länger, zum Beispiel Ihr Aufenthaltstitel.
Verlustanzeige||Sie melden, dass Sie etwas verloren haben, zum Beispiel Ihren Ausweis.
Vermieterbescheinigung||Ein Papier vom Vermieter. Es bestätigt, dass Sie eingezogen sind.
Verordnung|Regel|Eine Regel vom Staat oder von der Stadt.
Verpflichtungserklärung||Eine Person verspricht schriftlich, die Kosten für einen Besuch zu zahlen.
Versicherungsnummer||Ihre persönliche Nummer bei der Rentenversicherung.
Verwaltung||Die Ämter einer Stadt oder des Staates.
Verwaltungsakt||Eine Entscheidung vom Amt, die für Sie gilt.
Verwarngeld||Eine kleine Geldstrafe, zum Beispiel für falsches Parken.
Visum||Ein Papier oder Aufkleber im Pass. Es erlaubt die Einreise nach Deutschland.
Vollmacht||Sie erlauben schriftlich, dass eine andere Person etwas für Sie macht.
Volljährigkeit||Sie sind 18 Jahre alt oder älter.
Vorauszahlung|Vorkasse|Sie zahlen, bevor Sie die Leistung bekommen.
Vorlage||Sie zeigen ein Dokument im Amt vor.
Vorsprache||Sie gehen persönlich zum Amt und sprechen dort.
Widerspruch||Sie sagen dem Amt schriftlich: Ich bin mit der Entscheidung nicht einverstanden.
Widerspruchsfrist||Die Zeit, in der Sie Widerspruch machen können. Meistens ein Monat.
Wohnberechtigungsschein||Ein Papier vom Amt. Damit dürfen Sie eine Sozialwohnung mieten.
Wohngeld||Geld vom Staat als Hilfe für die Miete.
Wohnsitz|Wohnort|Der Ort, an dem Sie wohnen und gemeldet sind.
Wohnungsgeberbestätigung||Ein Papier vom Vermieter: Sie sind eingezogen. Sie brauchen es für die Anmeldung.
Zahlungsaufforderung|Rechnung|Ein Brief: Bitte bezahlen Sie diesen Betrag.
Zulassung||Die Erlaubnis, dass ein Auto auf der Straße fahren darf.
Zulassungsstelle||Das Amt, bei dem Sie ein Auto anmelden.
Zusage||Das Amt sagt Ja.
Zuschuss||Geld als Hilfe. Sie müssen es meistens nicht zurückzahlen.
zuständig|verantwortlich|Dieses Amt oder diese Person kümmert sich um Ihre Sache.
Zuständigkeit||Welches Amt sich um Ihre Sache kümmert.
Zustellung||Ein Brief vom Amt wird Ihnen offiziell gebracht.
Zuzug||Sie ziehen neu in eine Stadt.
Zweckentfremdung||Etwas wird anders genutzt als erlaubt, zum Beispiel eine Wohnung als Ferienwohnung.
zwecks||Für diesen Zweck.
seitens||Von dieser Seite oder Person.
mittels||Mit Hilfe von.
bezüglich||Es geht um diese Sache.
gemäß|nach|So, wie es in einer Regel steht.
hinsichtlich||Es geht um diese Sache.
Vordruck||Ein Formular zum Ausfüllen.
Ausfertigung||Ein offizielles Exemplar von einem Dokument.
Angehörige||Menschen aus Ihrer Familie.
Aufenthalt||Die Zeit, in der Sie in einem Land leben.
Ausweisdokument||Ein Papier mit Foto, das zeigt, wer Sie sind.
Bedarf||Das, was Sie brauchen.
Ehegatte|Ehepartner|Der Mann oder die Frau, mit dem oder der Sie verheiratet sind.
Erstausstattung||Dinge, die Sie für den Anfang brauchen, zum Beispiel Möbel oder Babysachen.
Geburtsanzeige||Die Meldung an das Standesamt, dass ein Kind geboren ist.
Geldleistung||Hilfe vom Amt als Geld.
Grundstück||Ein Stück Land, das jemandem gehört.
Härtefall||Ein besonders schwerer Fall. Dann gelten manchmal Ausnahmen.
Kalenderjahr|Jahr|Die Zeit vom 1. Januar bis zum 31. Dezember.
Leistungsberechtigte||Personen, die ein Recht auf Hilfe vom Amt haben.
Ehefähigkeitszeugnis||Ein Papier aus Ihrem Heimatland: Sie dürfen heiraten.
Meldeadresse|Adresse|Die Adresse, an der Sie gemeldet sind.
Melderegister||Die Liste vom Amt, wer wo wohnt.
Online-Terminvergabe||Sie buchen einen Termin im Internet.
Schulpflicht||Alle Kinder in Deutschland müssen zur Schule gehen.
Sprachnachweis||Ein Papier, das zeigt, wie gut Sie Deutsch können.
Vorladung||Das Amt oder ein Gericht bestellt Sie zu einem Termin.
Zahlungsfrist||Der letzte Tag, an dem Sie zahlen müssen.
Entsorgung||Müll oder alte Dinge werden abgeholt und weggebracht.
Abfallgebühr|Müllgebühr|Geld, das Sie für die Müllabfuhr zahlen.
Wertstoffhof||Ein Platz, an dem Sie Müll und alte Dinge abgeben können.
`;

/** One glossary entry. */
export interface GlossaryEntry {
  term: string;
  /** A plain word that can replace the term in a sentence, when that is safe. */
  plain?: string;
  explanation: string;
}

let cache: GlossaryEntry[] | undefined;

/** The glossary, parsed once. */
export function glossaryDe(): GlossaryEntry[] {
  cache ??= DATA.trim()
    .split('\n')
    .map((line) => {
      const [term = '', plain = '', explanation = ''] = line.split('|');
      return plain ? { term, plain, explanation } : { term, explanation };
    });
  return cache;
}
