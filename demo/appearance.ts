// Theme, brand colour, language and branding switches. The theme is the page's color-scheme, which the element
// follows by itself; a picked brand colour reaches it through --verify-accent-color (see styles.css), and the
// element picks a readable text colour for it; the business name and logo are the element's own properties.
import sampleLogoUrl from './sample-logo.svg';
import type { Branding } from './integrations.js';

export interface AppearanceOptions {
  form: HTMLFormElement;
  /** Locale codes with their names (each in its own language), the first being the default. */
  locales: ReadonlyArray<readonly [code: string, name: string]>;
  onLocaleChange: (locale: string) => void;
  /** Called at once with the form's branding, then on each change. */
  onBrandingChange: (branding: Branding) => void;
}

export function setUpAppearance({ form, locales, onLocaleChange, onBrandingChange }: AppearanceOptions): void {
  const root = document.documentElement;
  const localeSelect = form.elements.namedItem('locale') as HTMLSelectElement;
  const accent = form.elements.namedItem('accent') as HTMLInputElement;
  for (const [code, name] of locales) {
    const option = new Option(name, code);
    // Each name is in its own language: `lang` for screen readers, `dir` for a right-to-left name.
    option.lang = code;
    option.dir = 'auto';
    localeSelect.add(option);
  }

  const branding = (): Branding => {
    const data = new FormData(form);
    return {
      businessName: String(data.get('business_name') ?? '').trim(),
      logoUrl: data.get('logo') === 'sample' ? sampleLogoUrl : '',
    };
  };
  onBrandingChange(branding());

  form.addEventListener('input', (event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (control.name === 'theme') {
      root.dataset['theme'] = control.value;
      // Until a colour is picked, the picker shows the theme's own brand colour.
      if (!('brand' in root.dataset)) accent.value = getComputedStyle(root).getPropertyValue('--brand-color').trim();
    }
    if (control.name === 'accent') {
      root.style.setProperty('--brand-color', control.value);
      root.dataset['brand'] = '';
    }
    if (control.name === 'locale') onLocaleChange(control.value);
    if (control.name === 'business_name' || control.name === 'logo') onBrandingChange(branding());
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
