import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, loadLocale, resolveLocale, type Locale } from '../locales/index.js';

/**
 * Keeps its host's strings in the requested language. Languages other than English load on demand:
 * until the requested one has loaded, `locale` stays what the host already has (English at first,
 * else the previous language), so there is always something to render; a load that finishes after
 * a newer request is dropped. An empty request means the browser's languages (`navigator.languages`,
 * the first one available, else English), followed when they change (`languagechange`). Never
 * throws: a language that cannot load gives English.
 */
export class LocaleController implements ReactiveController {
  /** The locale to render with now. */
  locale: Locale = resolveLocale(DEFAULT_LOCALE);

  readonly #host: ReactiveControllerHost;
  readonly #requested: () => string;
  readonly #load: typeof loadLocale;
  /** The request being served (a fresh object per load); a load for any other is stale. */
  #latest: { requested: string } | undefined;
  /** A change of the browser's languages matters only while they are what the request means. */
  readonly #onLanguageChange = () => {
    if (this.#requested().trim()) return;
    this.#latest = undefined;
    this.#host.requestUpdate();
  };

  /**
   * @param requested The host's requested tag (its `locale` property), read before each update;
   *   empty for the browser's languages.
   * @param load How to load a locale. @default loadLocale
   */
  constructor(host: ReactiveControllerHost, requested: () => string, load: typeof loadLocale = loadLocale) {
    this.#host = host;
    this.#requested = requested;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('languagechange', this.#onLanguageChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('languagechange', this.#onLanguageChange);
  }

  hostUpdate(): void {
    const requested = this.#requested();
    if (requested === this.#latest?.requested) return;
    const latest = (this.#latest = { requested });
    void this.#load(requested).then((locale) => {
      if (latest !== this.#latest || locale === this.locale) return;
      this.locale = locale;
      this.#host.requestUpdate();
    });
  }
}
