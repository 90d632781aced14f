import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, loadLocale, resolveLocale, type Locale } from '../locales/index.js';

/**
 * Keeps its host's strings in the requested language. Languages other than English load on demand:
 * until the requested one has loaded, `locale` stays what the host already has (English at first,
 * else the previous language), so there is always something to render; a load that finishes after
 * a newer request is dropped. Never throws: a language that cannot load gives English.
 */
export class LocaleController implements ReactiveController {
  /** The locale to render with now. */
  locale: Locale = resolveLocale(DEFAULT_LOCALE);

  readonly #host: ReactiveControllerHost;
  readonly #requested: () => string;
  readonly #load: typeof loadLocale;
  /** The request being served; a load for any other is stale. */
  #latest: string | undefined;

  /**
   * @param requested The host's requested tag (its `locale` property), read before each update.
   * @param load How to load a locale. @default loadLocale
   */
  constructor(host: ReactiveControllerHost, requested: () => string, load: typeof loadLocale = loadLocale) {
    this.#host = host;
    this.#requested = requested;
    this.#load = load;
    host.addController(this);
  }

  hostUpdate(): void {
    const requested = this.#requested();
    if (requested === this.#latest) return;
    this.#latest = requested;
    void this.#load(requested).then((locale) => {
      if (requested !== this.#latest || locale === this.locale) return;
      this.locale = locale;
      this.#host.requestUpdate();
    });
  }
}
