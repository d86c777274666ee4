// Compiled by `npm run typecheck`, never run: the server-rendering code of
// docs/react.md, with imports from src/ instead of the package's entries.
import {useCallback, useState} from 'react';
import type {} from '../../src/define.js';
import type {} from '../../src/frameworks/react.js';
import type {RenewalCalculatorElement, RenewalChangeEvent, RenewalResult} from '../../src/index.js';
import {renderElement} from '../../src/ssr.js';

// "Rendered on the server": attribute names, which the JSX types accept unchecked.
export const attributes = (
  <pa-migration-help price-per-pack="99.99" currency="EUR" renew-url="https://my.parallels.com/" heading-level="2" />
);

// MigrationHelp.tsx
/** The widget as renderElement wrote it, which React leaves as the browser parsed it. */
export function MigrationHelp({html, onResult}: {html: string; onResult: (result: RenewalResult | null) => void}) {
  const ref = useCallback(
    (wrapper: HTMLDivElement) => {
      // A result the widget had before React got here: from its attributes, or typed in.
      onResult(wrapper.querySelector('pa-migration-help')?.result ?? null);
      // Then every change.
      const listener = (event: RenewalChangeEvent) => onResult(event.detail);
      wrapper.addEventListener('pa-renewal-change', listener);
      return () => wrapper.removeEventListener('pa-renewal-change', listener);
    },
    [onResult],
  );
  return <div ref={ref} suppressHydrationWarning dangerouslySetInnerHTML={{__html: html}} />;
}

// The server's string.
export const widgetHtml: Promise<string> = renderElement('pa-migration-help', {lang: 'de', 'price-per-pack': '99.99', currency: 'EUR'});

// RenewalCheck.tsx
export function RenewalCheck() {
  const [result, setResult] = useState<RenewalResult | null>(null);
  const ref = useCallback((calculator: RenewalCalculatorElement) => {
    setResult(calculator.result ?? null);
    const listener = (event: RenewalChangeEvent) => setResult(event.detail);
    calculator.addEventListener('pa-renewal-change', listener);
    return () => calculator.removeEventListener('pa-renewal-change', listener);
  }, []);
  return (
    <>
      <pa-renewal-calculator ref={ref} computers="10" expiry="2027-04-01" price-per-pack="99.99" />
      <p>{result ? `Select ${result.packs} packs` : 'No result yet'}</p>
    </>
  );
}

// A ref typed for another element is refused.
export const wrongRef = (
  // @ts-expect-error the calculator's ref receives a RenewalCalculatorElement
  <pa-renewal-calculator ref={(element: HTMLInputElement) => element.value} />
);
