/**
 * The only place the UI renders HTML. Whatever it is given is sanitized again
 * here, at the DOM boundary, whatever its source claims.
 */
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { sanitizeHtml } from '@/utils/sanitize';

type Tag = 'div' | 'p' | 'span' | 'li' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'blockquote' | 'figure' | 'pre';

export interface SafeHtmlProps extends Omit<JSX.HTMLAttributes<HTMLElement>, 'dangerouslySetInnerHTML'> {
  as?: Tag;
  html: string;
}

export function SafeHtml({ as = 'div', html, ...rest }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  const Component = as as unknown as preact.ComponentType<Record<string, unknown>>;
  return <Component {...rest} dangerouslySetInnerHTML={{ __html: clean }} />;
}
