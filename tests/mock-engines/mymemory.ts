/**
 * MyMemory wire protocol: `GET /get?q=&langpair=de|ar[&de=e-mail]`, `q` at
 * most 500 bytes; everything, including errors and the daily-quota warning,
 * comes back as HTTP 200 with `responseStatus` inside.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export const MYMEMORY_MAX_QUERY_BYTES = 500;
export const MYMEMORY_QUOTA_WARNING =
  'MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. NEXT AVAILABLE IN  10 HOURS 20 MINUTES 33 SECONDS VISIT HTTPS://MYMEMORY.TRANSLATED.NET/DOC/USAGELIMITS.PHP TO TRANSLATE MORE';

const reply = (translatedText: string, responseStatus: number, responseDetails = '', extra: Record<string, unknown> = {}) =>
  json(200, { responseData: { translatedText, match: responseStatus === 200 ? 0.85 : 0 }, quotaFinished: false, responseDetails, responseStatus, matches: [], ...extra });

export function myMemoryProtocol(): EngineProtocol {
  return {
    isTranslate: (req) => req.method === 'GET' && req.path === '/get',
    errorReply(kind, status) {
      if (kind === 'quota') return reply(MYMEMORY_QUOTA_WARNING, 429, MYMEMORY_QUOTA_WARNING, { quotaFinished: true });
      if (kind === 'auth') return reply('INVALID KEY', 403, 'INVALID KEY');
      if (kind === 'rate-limit') return json(429, { responseStatus: 429, responseDetails: 'TOO MANY REQUESTS' });
      return { status, body: '<html><body>Service Unavailable</body></html>', headers: { 'Content-Type': 'text/html' } };
    },
    handle(req) {
      if (req.path !== '/get') return json(404, { responseStatus: 404, responseDetails: 'NOT FOUND' });
      const q = req.query.get('q');
      const langpair = req.query.get('langpair') ?? '';
      const [source, target] = langpair.split('|');
      if (!q) return reply('NO QUERY SPECIFIED. EXAMPLE REQUEST: GET?Q=HELLO&LANGPAIR=EN|IT', 403, 'NO QUERY SPECIFIED');
      if (!source || !target) return reply("INVALID LANGUAGE PAIR SPECIFIED. EXAMPLE: LANGPAIR=EN|IT USING 2 LETTER ISO OR RFC3066 LIKE ZH-CN. ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT", 403, 'INVALID LANGPAIR');
      if (Buffer.byteLength(q) > MYMEMORY_MAX_QUERY_BYTES) return reply('QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS', 403, 'QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS');
      return reply(fakeTranslate(q, target), 200);
    },
  };
}
