/**
 * Key facts in the languages German cities publish for newcomers. Each table
 * is written for this test (municipal wording, not taken from the golden
 * pages): a sentence and the card sections it must land in; `[]` means it must
 * not become a fact at all. Every sentence runs through `extractKeyFacts` as a
 * one-paragraph article of that language, so the table choice by `lang` is tested too.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '@/utils/extract/types';
import { findFacts } from '@/utils/simplify/fact-patterns';
import { FACT_WORDS } from '@/utils/simplify/fact-words';
import { extractKeyFacts, type KeyFacts } from '@/utils/simplify/key-facts';
import type { FactCategory } from '@/utils/simplify/key-fact-rules';
import { contentTokens } from '@/utils/simplify/textrank';

type Case = [sentence: string, categories: FactCategory[]];

const CASES: Record<string, Case[]> = {
  uk: [
    ['Для реєстрації потрібен закордонний паспорт або ID-картка.', ['documents']],
    ['Будь ласка, принесіть із собою свідоцтво про народження дитини.', ['documents']],
    ['Видача довідки про реєстрацію безкоштовна.', ['fees']],
    ['Плата за новий паспорт становить 70 євро.', ['fees']],
    ['Зареєструйтеся протягом двох тижнів після переїзду.', ['deadlines']],
    ['Зустріч для батьків відбудеться 12 березня 2025 року о 17:00.', ['dates']],
    ['Бюро громадян працює у понеділок і вівторок з 8:00 до 12:00.', ['openingHours']],
    ['Записатися на прийом можна онлайн на сайті міста.', ['online']],
    ['Бюро громадян знаходиться за адресою Rathausstraße 5.', ['address']],
    ['Місто Ауенбах радо вітає всіх нових мешканців.', []],
    ['Наші працівники розмовляють німецькою та англійською мовами.', []],
    ['Паспорт громадянина є важливим документом.', []],
    ['Попередній запис онлайн неможливий.', []],
    ['Серед відвідувачів було багато родин.', []],
    ['Дякуємо вам за добру співпрацю.', []],
  ],
  ru: [
    ['Возьмите с собой паспорт и справку о регистрации.', ['documents']],
    ['Для оформления необходимо свидетельство о рождении.', ['documents']],
    ['Консультация в бюро бесплатная.', ['fees']],
    ['Оформление удостоверения стоит 37 евро.', ['fees']],
    ['Зарегистрируйтесь в течение 14 дней после переезда.', ['deadlines']],
    ['Заявления принимаются не позднее 30 апреля.', ['deadlines']],
    ['Информационный вечер состоится 5 июня 2025 года в 18:00.', ['dates']],
    ['Ведомство по делам иностранцев принимает по средам с 9:00 до 12:00.', ['openingHours']],
    ['Записаться на приём можно через онлайн-портал города.', ['online']],
    ['Офис находится по адресу Bahnhofstraße 12.', ['address']],
    ['Город рад приветствовать новых жителей.', []],
    ['Сотрудники говорят по-немецки и по-английски.', []],
    ['Паспорт — главный документ гражданина.', []],
    ['Подать документы онлайн нельзя.', []],
    ['За частью информации обращайтесь к соседям.', []],
  ],
  ar: [
    ['يرجى إحضار جواز السفر وصورة شخصية حديثة.', ['documents']],
    ['تحتاجون إلى شهادة الميلاد وعقد الإيجار.', ['documents']],
    ['الاستشارة مجانية لجميع السكان الجدد.', ['fees']],
    ['تبلغ رسوم بطاقة الهوية ٣٧ يورو.', ['fees']],
    ['يجب تقديم الطلب في غضون شهر واحد من الوصول.', ['deadlines']],
    ['يقام اللقاء الإعلامي يوم ١٥ مارس ٢٠٢٥ الساعة ١٨:٠٠.', ['dates']],
    ['مكتب المواطنين مفتوح أيام الاثنين والخميس من ٨:٠٠ حتى ١٢:٠٠.', ['openingHours']],
    ['حجز المواعيد متاح على بوابة المدينة الإلكترونية.', ['online']],
    ['يقع مكتب الأجانب في Bahnhofstraße 3.', ['address']],
    ['ترحب المدينة بجميع القادمين الجدد.', []],
    ['للتواصل معنا عبر البريد الإلكتروني اكتبوا إلى مكتب المواطنين.', []],
    ['جواز السفر وثيقة مهمة جداً.', []],
    ['من خلال هذا البرنامج نساعد العائلات.', []],
    ['الحجز عبر الإنترنت غير ممكن حالياً.', []],
    ['الحضور بصورة شخصية مطلوب، وسنساعدكم بالتأكيد.', []],
  ],
  fa: [
    ['لطفاً گذرنامه و یک قطعه عکس بیومتریک همراه داشته باشید.', ['documents']],
    ['برای ثبت‌نام به تأییدیه صاحبخانه (Wohnungsgeberbestätigung) نیاز دارید.', ['documents']],
    ['مشاوره برای همه رایگان است.', ['fees']],
    ['هزینه صدور کارت شناسایی ۳۷ یورو است.', ['fees']],
    ['ثبت‌نام باید ظرف دو هفته پس از نقل مکان انجام شود.', ['deadlines']],
    ['جلسه اطلاع‌رسانی در تاریخ ۱۵ مارس ۲۰۲۵ ساعت ۱۸:۰۰ برگزار می‌شود.', ['dates']],
    ['دفتر شهروندان روزهای دوشنبه و پنجشنبه از ساعت ۸ تا ۱۲ باز است.', ['openingHours']],
    ['وقت ملاقات را می‌توانید به صورت آنلاین رزرو کنید.', ['online']],
    ['اداره اتباع خارجی در Marktstraße 7 قرار دارد.', ['address']],
    ['شهر به همه ساکنان جدید خوش‌آمد می‌گوید.', []],
    ['کارکنان به زبان آلمانی و انگلیسی صحبت می‌کنند.', []],
    ['لطفاً برای گفتگو به دفتر ما مراجعه فرمایید.', []],
    ['در طی ساعات اداری با ما تماس بگیرید.', []],
    ['ثبت‌نام آنلاین امکان‌پذیر نیست.', []],
  ],
  tr: [
    ['Lütfen pasaportunuzu ve biyometrik bir fotoğrafı yanınızda getirin.', ['documents']],
    ['Başvuru için kira sözleşmesi ve ev sahibi onayı gereklidir.', ['documents']],
    ['Danışmanlık hizmeti ücretsizdir.', ['fees']],
    ['Kimlik kartı için harç 37 Euro tutarındadır.', ['fees']],
    ['Taşındıktan sonra iki hafta içinde adresinizi bildirmelisiniz.', ['deadlines']],
    ['Bilgilendirme toplantısı 15 Mart 2025 tarihinde saat 18:00 itibarıyla yapılacaktır.', ['dates']],
    ['Vatandaş bürosu pazartesi ve perşembe günleri 08:00-12:00 saatleri arasında açıktır.', ['openingHours']],
    ['Randevunuzu çevrimiçi olarak alabilirsiniz.', ['online']],
    ['Yabancılar Dairesi Marktstraße 7 adresindedir.', ['address']],
    ['Şehrimiz tüm yeni sakinleri selamlar.', []],
    ['Çalışanlarımız Almanca ve İngilizce konuşmaktadır.', []],
    ['Pasaport önemli bir belgedir.', []],
    ['Şehir içinde otobüsle kolayca seyahat edebilirsiniz.', []],
    ['Çevrimiçi başvuru şu anda mümkün değil.', []],
  ],
};

/** Headings (or question lines) in each language that open a section, with a list or line below. */
const SECTIONS: Record<string, { documents: [string, string[]]; openingHours: [string, string] }> = {
  uk: { documents: ['Що потрібно взяти з собою?', ['закордонний паспорт', 'фото для документів']], openingHours: ['Години прийому', 'пн–пт 8:00–12:00'] },
  ru: { documents: ['Какие документы нужны?', ['паспорт', 'справка с места жительства']], openingHours: ['Часы приёма', 'пн–пт 8:00–12:00'] },
  ar: { documents: ['ما هي المستندات المطلوبة؟', ['جواز السفر', 'شهادة الميلاد']], openingHours: ['أوقات الدوام', 'الاثنين – الجمعة ٨:٠٠–١٢:٠٠'] },
  fa: { documents: ['چه مدارکی لازم است؟', ['گذرنامه', 'شناسنامه']], openingHours: ['ساعات کاری', 'دوشنبه تا جمعه ۸:۰۰ تا ۱۲:۰۰'] },
  tr: { documents: ['Hangi belgeler gerekli?', ['pasaport', 'doğum belgesi']], openingHours: ['Çalışma saatleri', 'Pzt–Cum 08:00–12:00'] },
};

const SCORED: FactCategory[] = ['documents', 'fees', 'deadlines', 'dates', 'openingHours', 'address', 'online'];

function article(lang: string, blocks: [Block['kind'], string, string?][]): Article {
  return {
    title: 'T',
    lang,
    dir: lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr',
    blocks: blocks.map(([kind, text, blockLang], i) => ({ id: `b${i}`, kind, text, html: text, ...(blockLang ? { lang: blockLang } : {}) })),
    html: '',
    text: blocks.map((b) => b[1]).join('\n'),
    confidence: 1,
    readerable: true,
    url: '',
  };
}

/** The card sections a sentence ended up in. */
function sectionsOf(card: KeyFacts, text: string): FactCategory[] {
  return SCORED.filter((c) => card[c].some((f) => f.text === text));
}

describe.each(Object.entries(CASES))('key facts in "%s"', (lang, cases) => {
  it('has a word table and at least 10 cases, with negatives', () => {
    expect(FACT_WORDS[lang]).toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.filter(([, c]) => c.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s → %j', (sentence, expected) => {
    const card = extractKeyFacts(article(lang, [['paragraph', sentence]]));
    expect(sectionsOf(card, sentence)).toEqual(expected);
  });

  it('reads a documents heading and an opening-hours heading of the language', () => {
    const { documents, openingHours } = SECTIONS[lang]!;
    const card = extractKeyFacts(
      article(lang, [
        ['heading', documents[0]],
        ['list', documents[1].join('\n')],
        ['heading', openingHours[0]],
        ['paragraph', openingHours[1]],
      ]),
    );
    expect(card.documents.map((f) => f.text)).toEqual(documents[1]);
    expect(card.documents.every((f) => f.blockId === 'b1')).toBe(true);
    expect(card.openingHours).toEqual([{ text: openingHours[1], blockId: 'b3' }]);
  });
});

describe('key facts across languages', () => {
  it('reads a German block of a Ukrainian page with the German words, and German terms inside a foreign sentence', () => {
    const card = extractKeyFacts(
      article('uk', [
        ['paragraph', 'Ласкаво просимо до міста.'],
        ['paragraph', 'Bitte bringen Sie Ihren Reisepass mit.', 'de'],
        ['paragraph', 'Візьміть із собою підтвердження (Meldebescheinigung).'],
      ]),
    );
    expect(card.documents.map((f) => f.blockId)).toEqual(['b1', 'b2']);
  });

  it('does not put address and contact lines into "about"', () => {
    const card = extractKeyFacts(
      article('uk', [
        ['paragraph', 'Бюро громадян допомагає новим мешканцям міста з реєстрацією та документами.'],
        ['paragraph', 'Stadt Auenbach, Bürgerbüro, Marktplatz 1, 34567 Auenbach'],
        ['paragraph', 'Телефон: 05678 912-480, бюро громадян Auenbach'],
      ]),
    );
    expect(card.about.map((f) => f.blockId)).toEqual(['b0']);
  });

  it('finds facts written with Arabic-Indic and Persian digits, keeping the digits as written', () => {
    const arabic = findFacts('الساعة ٨:٣٠ حتى ١٢:٠٠');
    expect(arabic.map((f) => [f.kind, f.text, f.key])).toEqual([
      ['time', '٨:٣٠', '8:30'],
      ['time', '١٢:٠٠', '12:00'],
    ]);
    const persian = findFacts('تاریخ ۰۱.۰۴.۲۰۲۵، هزینه ۳۷٫۵۰ €');
    expect(persian.map((f) => [f.kind, f.key])).toEqual([
      ['date', '1.4.2025'],
      ['amount', '37.50'],
    ]);
  });

  it('leaves out the function words of the page language in TextRank', () => {
    const uk = FACT_WORDS.uk!;
    expect(contentTokens('Ви можете подати заяву в бюро громадян.', uk.stopwords)).toEqual(['можете', 'подати', 'заяву', 'бюро', 'громадян']);
    const ar = FACT_WORDS.ar!;
    expect(contentTokens('يتم التسجيل في مكتب المواطنين.', ar.stopwords, ar.tokenPrefix)).toEqual(['تسجیل', 'مکتب', 'مواطنین']);
  });
});
