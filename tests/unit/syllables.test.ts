import { describe, expect, it } from 'vitest';
import { countSyllables } from '@/utils/simplify/syllables';

/**
 * Hand-syllabified German words (standard pronunciation, one "·" per syllable
 * break), mostly from city-hall pages. The count is the number of parts.
 */
const WORDS = `
Mel·de·be·schei·ni·gung Auf·ent·halts·ti·tel An·mel·dung Licht·bild An·trag·stel·ler Vor·spra·che Be·scheid
Wi·der·spruch Frist Ge·bühr Per·so·nen·stands·ur·kun·de Aus·län·der·be·hör·de Bür·ger·amt Rat·haus Stan·des·amt
Per·so·nal·aus·weis Rei·se·pass Ge·burts·ur·kun·de Woh·nungs·ge·ber·be·stä·ti·gung Ter·min Öff·nungs·zei·ten
Un·ter·la·gen For·mu·lar Nach·weis Ein·kom·mens·nach·weis Ar·beits·ver·trag Miet·ver·trag Kran·ken·ver·si·che·rung
Kin·der·geld El·tern·geld Wohn·geld Bür·ger·geld Job·cen·ter Ar·beits·a·gen·tur Fa·mi·li·e Fa·mi·li·en·kas·se Fe·ri·en
Li·ni·e Mu·se·um I·de·en A·bend O·ma E·he The·a·ter Si·tu·a·ti·on Ko·a·li·ti·on In·for·ma·ti·on In·te·gra·ti·on
Be·ra·tung Sprach·kurs In·te·gra·ti·ons·kurs Ein·bür·ge·rung Staats·an·ge·hö·rig·keit Staats·bür·ger·schaft Vi·sum
Pass Aus·weis Füh·rer·schein Kraft·fahr·zeug Zu·las·sung Kenn·zei·chen Park·aus·weis Be·woh·ner·park·aus·weis
Schwer·be·hin·der·ten·aus·weis Steu·er Steu·er·i·den·ti·fi·ka·ti·ons·num·mer Grund·steu·er Hun·de·steu·er Ab·fall
Müll·ab·fuhr Sperr·müll Bi·o·ton·ne Alt·pa·pier Gel·be Kin·der·ta·ges·stät·te Ki·ta Kin·der·gar·ten Schu·le
Grund·schu·le Gym·na·si·um Schul·an·mel·dung Be·treu·ung Be·treu·ungs·platz Ta·ges·müt·ter Heb·am·me
Ge·sund·heits·amt Imp·fung Impf·pass Ju·gend·amt So·zi·al·amt So·zi·al·hil·fe Grund·si·che·rung
Un·ter·halts·vor·schuss Be·wil·li·gung Ab·leh·nung Rechts·be·helfs·be·leh·rung Ver·wal·tungs·akt Be·hör·de
Zu·stän·dig·keit zu·stän·dig er·for·der·lich per·sön·lich un·ver·züg·lich in·ner·halb ge·büh·ren·pflich·tig
kos·ten·los bar·geld·los Ü·ber·wei·sung Bank·ver·bin·dung Kon·to Last·schrift Quit·tung Rech·nung Mahn·ge·bühr
Säum·nis·zu·schlag Voll·stre·ckung Ein·spruch Kla·ge Ge·richt Ver·wal·tungs·ge·richt An·hö·rung Stel·lung·nah·me
Voll·macht Be·voll·mäch·tig·te Er·zie·hungs·be·rech·tig·te Sor·ge·recht Vor·mund·schaft E·he·schlie·ßung Hei·rat
Trau·ung Le·bens·part·ner·schaft Schei·dung Ster·be·ur·kun·de Ster·be·fall Be·stat·tung Fried·hof
Na·mens·än·de·rung Ur·kun·de Be·glau·bi·gung be·glau·bigt Ab·schrift Ko·pie Ko·pi·en Ü·ber·set·zung Dol·met·scher
Wohn·sitz Haupt·wohn·sitz Ne·ben·wohn·sitz Um·zug Ab·mel·dung Um·mel·dung Zu·zug Weg·zug Aus·land Ein·rei·se
Aus·rei·se Ab·schie·bung Dul·dung A·syl A·syl·be·wer·ber A·syl·be·wer·ber·leis·tungs·ge·setz Flücht·ling
Ge·flüch·te·te Auf·nah·me·ein·rich·tung Un·ter·kunft Woh·nung Woh·nungs·amt Wohn·be·rech·ti·gungs·schein
Miet·zu·schuss Ne·ben·kos·ten Kau·ti·on Ver·mie·ter Mie·te·rin Haus·halt Be·darfs·ge·mein·schaft
Ar·beits·lo·sen·geld Ar·beit·ge·ber Ar·beit·neh·mer Ar·beits·er·laub·nis Be·schäf·ti·gung Aus·bil·dung Prak·ti·kum
Stu·di·um Stu·di·en·platz Zeug·nis An·er·ken·nung Ab·schluss Be·rufs·ab·schluss Bür·ger·meis·ter
O·ber·bür·ger·meis·ter Stadt·rat Ge·mein·de Ge·mein·de·ver·wal·tung Land·kreis Be·zirk Be·zirks·amt Stadt·teil
Orts·teil Sat·zung Ver·ord·nung Ge·setz Be·kannt·ma·chung Aus·schrei·bung Ver·an·stal·tung Sit·zung Ta·ges·ord·nung
Bür·ger·be·tei·li·gung Bau·ge·neh·mi·gung Bau·an·trag Bau·amt Be·bau·ungs·plan Denk·mal·schutz Stra·ßen·rei·ni·gung
Bau·stel·le Um·lei·tung Sper·rung Ver·kehr Hal·te·stel·le Fahr·kar·te Fahr·rad Par·ken Ord·nungs·amt Buß·geld
Ver·warn·geld Fund·bü·ro Fund·sa·che Feu·er·wehr Po·li·zei Not·ruf Kran·ken·haus Arzt A·po·the·ke Ge·sund·heit
Be·ein·träch·ti·gung Fahr·stuhl Auf·zug Ein·gang Erd·ge·schoss O·ber·ge·schoss Zim·mer Raum War·te·mar·ke
War·te·zeit Ter·min·ver·ein·ba·rung on·line Ser·vice Bür·ger·ser·vice Home·page Web·site Up·date Down·load Mail
Te·le·fon Te·le·fon·num·mer Sprech·zei·ten Mon·tag Diens·tag Mitt·woch Don·ners·tag Frei·tag Sams·tag Sonn·tag
Fei·er·tag Ja·nu·ar Fe·bru·ar März A·pril Mai Ju·ni Ju·li Au·gust Sep·tem·ber Ok·to·ber No·vem·ber De·zem·ber
Ju·bi·lä·um Quar·tal Jah·res·en·de ge·ehr·te be·en·den ge·eig·net Be·er·di·gung Erd·bee·re Kaf·fee Al·lee Pa·pier
Pa·pie·re vier hier Dienst Dienst·leis·tung ver·dient Pa·ti·ent Pa·ti·en·tin Bie·ne Stra·ße Haus·num·mer
Post·leit·zahl Wohn·ort Ge·burts·ort Ge·burts·da·tum Fa·mi·li·en·na·me Vor·na·me Ge·schlecht le·dig ver·hei·ra·tet
ge·schie·den ver·wit·wet Kind Kin·der Ju·gend·li·che Er·wach·se·ne Se·ni·o·ren Se·ni·o·ren·be·ra·tung Pfle·ge
Pfle·ge·grad Be·hin·de·rung Teil·ha·be Ein·glie·de·rungs·hil·fe Bil·dungs·pa·ket Schü·ler·be·för·de·rung
Mit·tag·es·sen Zu·schuss An·spruch be·an·tra·gen Be·an·tra·gung ein·rei·chen vor·le·gen mit·brin·gen aus·fül·len
un·ter·schrei·ben Un·ter·schrift Ab·ga·be Ein·gangs·be·stä·ti·gung Be·ar·bei·tungs·zeit Be·ar·bei·tung
Ge·neh·mi·gung Er·laub·nis Aus·nah·me Ver·län·ge·rung Ab·lauf gül·tig Gül·tig·keit ab·ge·lau·fen ak·tu·ell
in·di·vi·du·ell So·zi·al·ar·bei·te·rin Sach·be·ar·bei·ter Mit·ar·bei·ter Team Ra·di·o Vi·de·o The·o·rie E·ner·gie
Bat·te·rie Stra·te·gie Ak·ti·e Ak·ti·en Richt·li·ni·e Stu·di·e Me·di·en Mu·se·ums·nacht Vor·aus·set·zung
Vor·aus·set·zun·gen Be·din·gun·gen Hin·wei·se Da·ten·schutz Da·ten·schutz·er·klä·rung Ein·wil·li·gung Bay·ern
Tou·rist Tou·ris·mus Kon·takt An·sprech·part·ner An·sprech·part·ne·rin Fra·gen Ant·wort Aus·kunft Be·schwer·de
Eu·ro Cent Be·trag Preis Kos·ten Zah·lung Er·stat·tung Rück·zah·lung Quar·tier Se·mes·ter
`
  .trim()
  .split(/\s+/u);

const table = WORDS.map((w) => ({ word: w.replace(/·/gu, ''), expected: w.split('·').length, hyphenated: w }));

describe('countSyllables against hand-counted German words', () => {
  it('has at least 200 distinct words', () => {
    expect(new Set(table.map((t) => t.word.toLowerCase())).size).toBeGreaterThanOrEqual(200);
  });

  it('gets at least 95 % exactly right', () => {
    const wrong = table.filter((t) => countSyllables(t.word) !== t.expected);
    const exact = 1 - wrong.length / table.length;
    if (exact < 0.95) console.log(wrong.map((t) => `${t.hyphenated}: ${countSyllables(t.word)}`).join('\n'));
    expect(exact).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['Abend', 2],
    ['Ferien', 3],
    ['Familie', 4],
    ['Museum', 3],
    ['Situation', 5],
    ['Quittung', 2],
    ['online', 2],
    ['Dienstag', 2],
  ] as const)('the rule for %s', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('counts at least one syllable for a vowel-less word and none for no letters', () => {
    expect(countSyllables('Nr')).toBe(1);
    expect(countSyllables('123')).toBe(0);
  });
});
