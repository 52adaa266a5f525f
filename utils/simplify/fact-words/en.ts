/** English: the English pages of German cities ("Registering your address", "What to bring"). */
import { END, rx, START, wordSet, words } from './fold';
import type { FactWords } from './types';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

export const FACT_WORDS_EN: FactWords = {
  lang: 'en',
  sections: {
    documents: rx('what to bring|documents|you need|what do i need'),
    fees: rx('\\b(costs?|fees?|charges?|prices?)\\b'),
    deadlines: rx('deadline|time limit'),
    openingHours: rx('opening hours|office hours|opening times|service hours'),
    online: rx('online|download|digital'),
  },
  labels: {
    dates: rx('^(date|time|when|start|end)$'),
    address: rx('^(venue|location|address|where|meeting point|place)$'),
    fees: rx('^(admission|costs?|price|fees?|entry)$'),
    openingHours: rx('^(opening hours|office hours|opening times)$'),
  },
  documentNoun: words(
    'passports?|id cards?|identity cards?|identity documents?|certificates?|confirmations?|photos?|photographs?|forms?|residence (?:permit|title)s?|visas?|documents?|cop(?:y|ies)|proof of \\p{L}+|lease|tenancy agreement|rental (?:contract|agreement)|bank statements?|payslips?',
  ),
  bringVerb: words('bring|you (?:will )?need|required|submit|present|please provide|enclose|hand in|take with you|show'),
  feeWords: rx('free of charge|no charge|no fee|costs nothing|(?:is|are) free\\b|subject to a fee|a fee (?:of|is)'),
  freeLine: rx('^free\\b'),
  deadline: rx(
    `\\bwithin (\\S+ )?(days?|weeks?|months?|years?)\\b|at the latest|deadline|no later than|by the end of|in advance|in good time|\\bby (?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\b`,
  ),
  weekday: words('mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?'),
  clockTime: rx('\\b\\d{1,2}(:\\d{2})?\\s?(am|pm|noon)\\b|\\b\\d{1,2}(:\\d{2})?\\s?[ap]\\.m\\.'),
  monthDate: rx(`${START}\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})${END}|${START}(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?${END}`),
  online: rx('online|internet|portal|digital|\\bapp\\b|website|download'),
  onlineNegated: rx('not possible|not available'),
  pageMeta: rx('^(published|posted on|last updated|updated on)\\b'),
  stopwords: wordSet(`a an and are as at be been but by can do does for from has have he her his how i if in into is it
    its may more must no not of on or our she so than that the their them then there these they this those to
    up us was we were what when where which who will with would you your yours also any all each other only`),
  keywordStems: [
    'deadline', 'appointment', 'document', 'fee', 'cost', 'opening', 'applic', 'apply', 'regist', 'address',
    'online', 'form', 'passport', 'certific', 'euro', 'bring',
  ],
};
