import { css } from 'lit';

export const helpPopoverStyles = css`
  :host {
    display: inline-block;
  }

  [part='panel'] {
    position: fixed;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: min(20rem, calc(100vw - 16px));
    padding: 0.75rem 1rem;
    border: 1px solid var(--verify-border-color, #c4c7c5);
    border-radius: var(--verify-radius, 8px);
    background: var(--verify-surface-color, #fff);
    color: var(--verify-text-color, #1f1f1f);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-size: 0.9375rem;
    font-weight: 400;
  }

  :host([inline]) {
    display: block;
  }

  :host([inline]) [part=panel] {
    position: static;
    inline-size: auto;
    max-inline-size: none;
    margin-block-start: 0.5rem;
    box-shadow: none;
    background: color-mix(in srgb, var(--verify-text-color, #1f1f1f) 4%, var(--verify-surface-color, #fff));
  }

  /* The state of the disclosure at a glance: a chevron that turns when open (physical borders: it points down in either
     direction). */
  :host([inline]) [part=button]::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.5em;
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    rotate: 45deg;
    translate: 0 -0.15em;
    transition: rotate 0.15s;
  }

  :host([inline][open]) [part=button]::after {
    rotate: 225deg;
    translate: 0 0.1em;
  }

  [part='panel'][hidden] {
    display: none;
  }

  ::slotted(ul) {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
