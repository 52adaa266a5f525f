/**
 * German function words for TextRank similarity. Written for this project
 * (not a copy of a published list) and kept short on purpose: content words
 * that matter on city pages (Zeit, Tag, Uhr, Recht, heute) are NOT stopwords.
 */
export const STOPWORDS_DE: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist
  da dabei damit dann das dass dem den denen der deren des dessen dich die dies diese diesem diesen dieser
  dieses dir doch dort du durch ein eine einem einen einer eines er es etwa euch euer für gegen hat hatte
  hatten haben habe hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede jedem jeden jeder
  jedes jetzt kann kein keine können könnte man mehr mein meine mich mit muss müssen nach nicht noch nun nur
  ob oder ohne sehr sein seine seinem seinen seiner sich sie sind so soll sollen sollte sondern sowie über
  um und uns unser unsere unter viel vom von vor wann war waren warum was weil welche welchem welchen welcher
  wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen sowohl bzw ggf z b u a d h`
    .split(/\s+/u)
    .filter(Boolean),
);
