/**
 * The plain-language features bound to the real browser: the analysis and
 * contact parsing the reader asks for, which plain-language engines are on,
 * the fact check for text generated in the page, and the rewrite ports.
 * `entrypoints/background.ts` only spreads the handlers and starts the ports.
 */
import type { HandlerTable } from '@/utils/messaging';
import { listenRewritePorts } from '@/utils/messaging/ports';
import { getEngineSettings, getRewriteConfig } from '@/utils/settings/engines';
import { pickContact } from '@/utils/extract/contact-pick';
import { analyzeArticle } from './analyze';
import { checkFacts } from './fact-check';
import { rewriteDestination, serveRewritePort } from './rewrite-service';

/** Message handlers of the plain-language features, for the background's one table. */
export const simplifyHandlers: HandlerTable<'cs-bg-analyze' | 'cs-bg-contact' | 'cs-bg-rewrite-offer' | 'cs-bg-fact-check'> = {
  'cs-bg-analyze': ({ article }) => analyzeArticle(article),
  'cs-bg-contact': ({ candidates }) => {
    const picked = pickContact(candidates);
    return picked ? { picked } : {};
  },
  'cs-bg-rewrite-offer': async () => {
    const { configs, simplify } = await getEngineSettings();
    const llm = simplify?.llm ? { destination: rewriteDestination(configs.openai ?? { engine: 'openai' }) } : undefined;
    return { ...(llm ? { llm } : {}), summarizer: simplify?.summarizer === true };
  },
  'cs-bg-fact-check': ({ source, output, mustKeep }) => checkFacts(source, output, mustKeep ? { mustKeep } : {}),
};

/** Serve the readers' rewrite ports. */
export function startRewritePorts(): () => void {
  // Unbound `fetch` throws "Illegal invocation" in some workers.
  return listenRewritePorts((port) => serveRewritePort(port, { config: getRewriteConfig, fetchFn: (input, init) => fetch(input, init) }));
}
