/**
 * The reader's stand-in for the plain-language panel (components/RewritePanel,
 * in the separately injected rewrite script). It asks which engines are on and
 * shows nothing when none is (the default). With the LLM rewrite on it shows
 * the panel's button, and a press loads the rewrite script and starts the
 * rewrite once it is there: the first press works. With Chrome's key points on
 * it loads the script at once (whether German works decides what is shown).
 * Loading shows a plain state; a failure says why and leaves the article as it is.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/extract/types';
import { errorMessageKey, toErrorCode } from '@/utils/errors';
import { t, uiDir, uiLang } from '@/utils/i18n';
import type { RewriteOffer } from '@/utils/messaging/rewrite-port';
import type { KeyFacts } from '@/utils/simplify/key-facts';
import type { MountedRewrite, RewriteModule, RewriteMountProps } from '@/utils/simplify/rewrite-module';
import { privacyText } from '@/utils/translate/engine-labels';
import { sanitizeHtml } from '@/utils/sanitize';

export interface RewriteSlotProps {
  article: Article;
  facts?: KeyFacts;
  loadOffer: () => Promise<RewriteOffer>;
  /** Have the rewrite script injected (once per page) and return what it registered. */
  load: () => Promise<RewriteModule>;
  announce: (message: string) => void;
}

/** The element the rewrite script renders into; this tree never renders children into it. */
function Host({ module, props }: { module: RewriteModule; props: RewriteMountProps }) {
  const slot = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedRewrite>();
  useLayoutEffect(() => {
    mounted.current = module.mount(slot.current!, props);
    return () => {
      mounted.current?.unmount();
      mounted.current = undefined;
    };
    // Mounted once per module; later props go through update() below.
  }, [module]);
  useLayoutEffect(() => mounted.current?.update(props));
  return <div ref={slot} class="ll-rw-slot" />;
}

export function RewriteSlot({ article, facts, loadOffer, load, announce }: RewriteSlotProps) {
  const [offer, setOffer] = useState<RewriteOffer | undefined>();
  const [module, setModule] = useState<RewriteModule | undefined>();
  const [loading, setLoading] = useState(false);
  const [pressed, setPressed] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const start = useRef<'llm' | undefined>();
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    loadOffer().then(
      (o) => live.current && setOffer(o),
      () => undefined,
    );
    return () => {
      live.current = false;
    };
  }, [loadOffer]);

  const offered = Boolean(offer && (offer.llm || offer.summarizer) && /^de(-|$)/iu.test(article.lang) && article.blocks.length);

  const fetchModule = (press?: 'llm') => {
    if (press) {
      // A press while the script is already loading (for the key points) is kept: the rewrite starts when it is there.
      start.current = press;
      setPressed(true);
      announce(t('rewriteLoading'));
    }
    setFailed(undefined);
    if (loading) return;
    setLoading(true);
    load().then(
      (m) => live.current && setModule(() => m),
      (error: unknown) => {
        if (!live.current) return;
        const message = t('rewriteFailed', t(errorMessageKey(toErrorCode(error))));
        start.current = undefined;
        setLoading(false);
        setPressed(false);
        setFailed(message);
        announce(message);
      },
    );
  };

  useEffect(() => {
    // Whether Chrome's key points work in German is asked by the panel itself: load it at once.
    if (offered && offer?.summarizer && !module && !loading && !failed) fetchModule();
  }, [offered, offer]);

  if (!offer || !offered) return null;
  if (module)
    return <Host module={module} props={{ article, facts, offer, start: start.current, announce, sanitize: sanitizeHtml }} />;
  return (
    <section class="ll-rewrite" aria-labelledby="ll-rw-title" aria-busy={loading} lang={uiLang()} dir={uiDir()}>
      <h2 id="ll-rw-title" class="ll-kf-title">
        {t('rewriteHeading')}
      </h2>
      {offer.llm ? (
        <p class="ll-rw-action">
          <button type="button" class="ll-rw-start" disabled={pressed} onClick={() => fetchModule('llm')}>
            {t('rewriteAction')}
          </button>{' '}
          <span class="ll-rw-privacy">{privacyText(offer.llm.destination)}</span>
        </p>
      ) : null}
      {loading ? <p class="ll-rw-loading">{t('rewriteLoading')}</p> : null}
      {failed ? (
        <p class="ll-rw-error" role="alert">
          {failed}
        </p>
      ) : null}
    </section>
  );
}
