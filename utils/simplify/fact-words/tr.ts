/** Turkish: pages for the Turkish-speaking community (Kayıt, İkamet, Vatandaşlık). */
import { END, rx, START, wordSet } from './fold';
import type { FactWords } from './types';

const MONTHS = 'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık';
const NUMBER_WORDS = 'bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|on dört|on beş|yirmi|otuz';

export const FACT_WORDS_TR: FactWords = {
  lang: 'tr',
  sections: {
    documents: rx('belge|evrak|ne(?:ler)? getir|yanınızda|neye ihtiyac'),
    fees: rx('ücret|maliyet|harç|fiyat|ne kadar|masraf'),
    deadlines: rx(`${START}süre|son (?:başvuru|tarih|gün)|ne zamana kadar`),
    openingHours: rx('(?:çalışma|açılış|mesai|hizmet|görüşme|kabul) saat'),
    online: rx('çevrimiçi|online|internet|form|indir|e-devlet'),
  },
  labels: {
    dates: rx('^(?:tarih|saat|zaman|ne zaman|başlangıç|bitiş)$'),
    address: rx('^(?:yer|adres|nerede|buluşma yeri|etkinlik yeri)$'),
    fees: rx('^(?:ücret|fiyat|giriş|katılım ücreti)$'),
    openingHours: rx('^(?:çalışma|açılış|mesai) saatleri$'),
  },
  documentNoun: rx(
    `pasaport|kimli|nüfus cüzdan|${START}belge|sertifika|${START}onay|teyit|fotoğraf|vesikalık|${START}form|dilekçe|sözleşme|oturma izn|ikamet izn|ikamet tezkere|evrak|fotokopi|kopya|diploma|${START}vize|banka kart`,
  ),
  bringVerb: rx('yanınızda|getirin|getiriniz|getirmeniz|getirmelisiniz|ibraz|sununuz|sunmanız|gerekli|gerekir|gerekmektedir|ihtiyacınız|ekleyin|ekleyiniz|teslim edin'),
  feeWords: rx('ücretsiz|bedava|bedelsiz|harçsız|ücretli|ücrete tabi|harca tabi|ücret alınmaz|ücret alınır'),
  freeLine: rx('^(?:ücretsiz|bedava)'),
  amount: rx(`${START}\\d+(?:[.,]\\d{1,2})?\\s?(?:avro|tl|türk lirası)${END}`),
  deadline: rx(
    `${START}(?:\\d+|${NUMBER_WORDS})\\s(?:iş\\s)?(?:gün|hafta|ay|yıl|saat)\\p{L}*\\s(?:içinde|içerisinde|zarfında)|en geç|son başvuru|son tarih|son gün|süresi içinde|gecikmeden|önceden|(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|${START}\\d{1,2}\\s(?:${MONTHS}))'?\\p{L}*\\s(?:kadar|dek|önce)|tarih\\p{L}* (?:kadar|önce)`,
  ),
  weekday: rx(`${START}(?:pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)\\p{L}{0,6}|${START}(?:pzt|sal|çar|per|cum|cmt|paz)\\.?${END}`),
  clockTime: rx('saat\\s\\d{1,2}'),
  monthDate: rx(`${START}\\d{1,2}\\s(?:${MONTHS})(?:'\\p{L}+)?${END}`),
  online: rx(`çevrimiçi|online|internet|e-devlet|portal|web sitesi|${START}form|${START}indir`),
  onlineNegated: rx('mümkün değil|yapılamaz|mümkün olmamaktadır'),
  pageMeta: rx('^(?:yayınlanma|yayımlanma|yayınlandı|yayımlandı|güncellendi|son güncelleme|oluşturuldu)'),
  stopwords: wordSet(`ve veya ile bir bu şu o da de ki mi mı mu mü için gibi daha çok en her ama fakat ancak ise ya hem
    ne sonra önce kadar olarak olan olduğu bunu buna bunun siz sizin size sizi biz bizim onlar ben değil var yok
    eğer çünkü lütfen`),
  keywordStems: ['süre', 'belge', 'kimli', 'pasaport', 'ücret', 'harç', 'başvur', 'kayıt', 'randevu', 'adres', 'online', 'form'],
};
