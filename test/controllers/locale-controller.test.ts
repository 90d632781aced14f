import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { en } from '../../src/locales/en.js';
import { loadLocale, type Locale, type LocaleLoader } from '../../src/locales/index.js';

/** `navigator.languages` replaced for the length of `body`. */
async function withNavigatorLanguages(languages: readonly string[], body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  try {
    await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
  }
}

/** A throwaway host with a `locale` to request; `update()` runs the controllers as an update would. */
class TestHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  locale = 'en';
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

/** Loads settled by hand, to order them as a test needs. */
function manualLoader() {
  const pending = new Map<string, (locale: Locale) => void>();
  const load = (tag: string | null | undefined) => new Promise<Locale>((resolve) => pending.set(tag ?? '', resolve));
  const settle = async (tag: string, dir: Locale['dir'] = 'ltr') => {
    pending.get(tag)!({ tag, strings: { ...en, dialog: { ...en.dialog, title: `title ${tag}` } }, dir });
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { load, settle };
}

describe('LocaleController', () => {
  it('adds itself to the host and starts in English', () => {
    const host = new TestHost();
    const controller = new LocaleController(host, () => host.locale);
    expect(host.controllers).to.deep.equal([controller]);
    expect(controller.locale.tag).to.equal('en');
    expect(controller.locale.strings).to.equal(en);
  });

  it('keeps the strings it has while a locale loads, then switches and asks the host to update', async () => {
    const host = new TestHost();
    const { load, settle } = manualLoader();
    const controller = new LocaleController(host, () => host.locale, load);
    host.locale = 'fr';
    host.update();
    expect(controller.locale.tag).to.equal('en');
    await settle('fr');
    expect(controller.locale.tag).to.equal('fr');
    expect(host.updates).to.equal(1);

    // The previous language stays until the next one has loaded.
    host.locale = 'ar';
    host.update();
    expect(controller.locale.tag).to.equal('fr');
    await settle('ar', 'rtl');
    expect(controller.locale).to.include({ tag: 'ar', dir: 'rtl' });
    expect(host.updates).to.equal(2);
  });

  it('loads only when the requested tag changes', async () => {
    const host = new TestHost();
    const requested: string[] = [];
    new LocaleController(host, () => host.locale, (tag) => (requested.push(String(tag)), loadLocale(tag)));
    host.update();
    host.update();
    host.locale = 'fr';
    host.update();
    host.update();
    expect(requested).to.deep.equal(['en', 'fr']);
  });

  it('drops a late load for a locale that is no longer requested', async () => {
    const host = new TestHost();
    const { load, settle } = manualLoader();
    const controller = new LocaleController(host, () => host.locale, load);
    host.locale = 'fr';
    host.update();
    host.locale = 'ar';
    host.update();
    await settle('ar', 'rtl');
    expect(controller.locale.tag).to.equal('ar');
    await settle('fr');
    expect(controller.locale.tag).to.equal('ar');
    expect(host.updates).to.equal(1);

    // Back to English before French arrives: French never shows.
    host.locale = 'fr';
    host.update();
    host.locale = 'en';
    host.update();
    await settle('en');
    await settle('fr');
    expect(controller.locale.tag).to.equal('en');
  });

  it('falls back to English with one warning when the locale cannot be loaded', async () => {
    const host = new TestHost();
    const loaders: Record<string, LocaleLoader> = {
      ar: { load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), dir: 'rtl' },
    };
    const controller = new LocaleController(host, () => host.locale, (tag) => loadLocale(tag, loaders));
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      host.locale = 'ar';
      host.update();
      await waitUntil(() => warnings.length > 0);
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal(['[verify-identity] Locale "ar" could not be loaded; using "en".']);
    expect(controller.locale).to.include({ tag: 'en', dir: 'ltr' });
    // Already English: nothing to re-render.
    expect(host.updates).to.equal(0);
  });

  it('with an empty locale, takes the first of the browser’s languages that is available', async () => {
    const host = new TestHost();
    host.locale = '';
    const controller = new LocaleController(host, () => host.locale);
    await withNavigatorLanguages(['nb-NO', 'pt-AO', 'en'], async () => {
      host.update();
      await waitUntil(() => controller.locale.tag === 'pt-PT', 'European Portuguese');
    });
    expect(host.updates).to.equal(1);
  });

  it('follows a change of the browser’s languages while its locale is empty, and only then', async () => {
    const host = new TestHost();
    const pending: ((locale: Locale) => void)[] = [];
    const load = () => new Promise<Locale>((resolve) => pending.push(resolve));
    const settle = async (index: number, tag: string) => {
      pending[index]!({ tag, strings: en, dir: 'ltr' });
      await new Promise((resolve) => setTimeout(resolve));
    };
    const controller = new LocaleController(host, () => host.locale, load);
    host.locale = '';
    controller.hostConnected();
    try {
      host.update();
      window.dispatchEvent(new Event('languagechange'));
      // The change asks for an update, which loads again for the same (empty) request.
      expect(host.updates).to.equal(1);
      host.update();
      expect(pending).to.have.length(2);
      // The load started before the change is stale, even when it settles last.
      await settle(1, 'de');
      await settle(0, 'fr');
      expect(controller.locale.tag).to.equal('de');
      expect(host.updates).to.equal(2);

      // An explicit locale does not depend on the browser's languages.
      host.locale = 'fr';
      host.update();
      window.dispatchEvent(new Event('languagechange'));
      expect(host.updates).to.equal(2);
    } finally {
      controller.hostDisconnected();
    }
    host.locale = '';
    host.update();
    window.dispatchEvent(new Event('languagechange'));
    // Disconnected: no longer listening.
    expect(host.updates).to.equal(2);
  });
});
