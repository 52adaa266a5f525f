/**
 * The sentence splitter on the other languages of city pages: Arabic and
 * Persian end questions with "؟" and separate clauses with "،" (not a sentence
 * end); Cyrillic and Turkish pages abbreviate streets and references.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/simplify/sentences';

const CASES: [string, string[]][] = [
  ['يجب التسجيل خلال أسبوعين. ماذا أحتاج؟ جواز السفر، وتأكيد المؤجر.', ['يجب التسجيل خلال أسبوعين.', 'ماذا أحتاج؟', 'جواز السفر، وتأكيد المؤجر.']],
  ['هل التسجيل مجاني؟ نعم، التسجيل مجاني.', ['هل التسجيل مجاني؟', 'نعم، التسجيل مجاني.']],
  ['د. سمير يقدم الاستشارة. الموعد ضروري.', ['د. سمير يقدم الاستشارة.', 'الموعد ضروري.']],
  ['آیا باید وقت بگیرم؟ بله، وقت قبلی لازم است. ثبت‌نام رایگان است.', ['آیا باید وقت بگیرم؟', 'بله، وقت قبلی لازم است.', 'ثبت‌نام رایگان است.']],
  ['مدارک را همراه بیاورید۔ دفتر صبح باز است۔', ['مدارک را همراه بیاورید۔', 'دفتر صبح باز است۔']],
  ['Бюро знаходиться за адресою вул. Шевченка 5. Працюємо з 9:00.', ['Бюро знаходиться за адресою вул. Шевченка 5.', 'Працюємо з 9:00.']],
  ['Документи подаються до 31.03.2025 р. Після цього заяви не приймаються.', ['Документи подаються до 31.03.2025 р.', 'Після цього заяви не приймаються.']],
  ['Див. ст. 24 Закону про перебування. Там усе пояснено.', ['Див. ст. 24 Закону про перебування.', 'Там усе пояснено.']],
  ['Адрес: ул. Ленина, д. 5. Часы работы с 9 до 12.', ['Адрес: ул. Ленина, д. 5.', 'Часы работы с 9 до 12.']],
  ['Нужен ли паспорт? Да! Возьмите его с собой.', ['Нужен ли паспорт?', 'Да!', 'Возьмите его с собой.']],
  ['Ofis Atatürk Cad. No 5 adresindedir. Randevu alınız.', ['Ofis Atatürk Cad. No 5 adresindedir.', 'Randevu alınız.']],
  ['Pasaport, kimlik vb. belgeler gereklidir. Başvuru ücretsizdir.', ['Pasaport, kimlik vb. belgeler gereklidir.', 'Başvuru ücretsizdir.']],
];

describe('splitSentences: Arabic, Persian, Cyrillic and Turkish pages', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});
