import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

/**
 * The shell sets every `--verify-*` token on :host with light and dark values (`light-dark()`, so
 * they follow the page's `color-scheme`). Page styles on the element itself win over :host, which
 * is how a site themes it; nothing here leaks out of the shadow root.
 */
export const verifyIdentityStyles = [
  sharedStyles,
  css`
    :host {
      --verify-accent-color: light-dark(#0b57d0, #a8c7fa);
      --verify-accent-text-color: light-dark(#fff, #062e6f);
      --verify-text-color: light-dark(#1f1f1f, #e3e3e3);
      --verify-muted-text-color: light-dark(#5f6368, #c4c7c5);
      --verify-background: light-dark(#fff, #1f1f1f);
      --verify-surface-color: light-dark(#f8f9fa, #2d2f31);
      --verify-border-color: light-dark(#c4c7c5, #5f6368);
      --verify-error-color: light-dark(#b3261e, #f2b8b5);
      --verify-success-color: light-dark(#146c2e, #6dd58c);
      --verify-radius: 8px;
      --verify-font-family: system-ui, sans-serif;
      display: contents;
    }

    /*
     * A brand colour of any lightness keeps text readable (4.5:1): text on the accent turns black or white by its
     * lightness, and text in the accent colour (links, Back) is darkened in light mode and lightened in dark mode.
     * Set on :host, so a page's own --verify-accent-text-color on the element still wins.
     */
    @supports (color: oklch(from red l c h)) {
      :host {
        --verify-accent-text-color: oklch(from var(--verify-accent-color) clamp(0, (0.565 - l) * 1000, 1) 0 0);
        --_verify-accent-ink: light-dark(
          oklch(from var(--verify-accent-color) min(l, 0.5) c h),
          oklch(from var(--verify-accent-color) max(l, 0.75) c h)
        );
      }
    }

    :host([inline]) {
      display: block;
    }

    .panel {
      box-sizing: border-box;
      inline-size: min(100%, 32rem);
      max-block-size: min(100dvh - 2rem, 48rem);
      padding: 0;
      border: 1px solid var(--verify-border-color);
      border-radius: calc(var(--verify-radius) * 1.5);
      background: var(--verify-background);
      color: var(--verify-text-color);
      font-family: var(--verify-font-family);
      line-height: 1.5;
      overflow: auto;
    }

    dialog.panel {
      inline-size: min(100vw - 2rem, 32rem);
      box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
    }

    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }

    .inline {
      display: block;
    }

    .header {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
      padding-inline: 1.25rem 0.5rem;
      border-block-end: 1px solid var(--verify-border-color);
    }

    /* One line on a 390 px phone in German; narrower, it wraps rather than being cut off (WCAG 1.4.10). */
    [part='title'] {
      flex: 1;
      min-inline-size: 0;
      font-size: clamp(0.8125rem, 3.6vw, 1rem);
      font-weight: 600;
      text-wrap: balance;
    }

    .badge {
      flex: none;
      white-space: nowrap;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border-radius: 999px;
      background: light-dark(#fef7e0, #4a3c00);
      color: light-dark(#6d4c00, #ffdf99);
      font-size: 0.875rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }

    /* Phones: room for the title on one line beside the badge and the close button. */
    @media (max-width: 600px), (pointer: coarse) {
      .header {
        padding-inline: 1rem 0.25rem;
      }

      .badge {
        padding-inline: 0.375rem;
        font-size: 0.75rem;
        letter-spacing: 0.02em;
      }
    }

    .close {
      display: inline-grid;
      place-items: center;
      inline-size: 2.75rem;
      block-size: 2.75rem;
      padding: 0;
      border: none;
      border-radius: var(--verify-radius);
      background: none;
      color: var(--verify-muted-text-color);
      cursor: pointer;
    }

    .close:hover {
      background: var(--verify-surface-color);
      color: var(--verify-text-color);
    }

    .body {
      --_verify-gutter: 1.25rem;
      padding: var(--_verify-gutter);
    }

    .continuation {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-block: 0 1rem;
      color: var(--verify-muted-text-color);
      font-size: 0.875rem;
    }

    .continuation-logo {
      flex: none;
      block-size: 1.5rem;
      max-inline-size: 6rem;
      object-fit: contain;
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin-block: -0.5rem 1rem;
    }

    .back {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      margin-inline-start: -0.5rem;
      padding-block: 0;
      padding-inline: 0.25rem 0.75rem;
      border: none;
      border-radius: var(--verify-radius);
      background: none;
      color: var(--_verify-accent-ink, var(--verify-accent-color));
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }

    .back:hover {
      background: var(--verify-surface-color);
    }

    [dir='rtl'] .back svg {
      transform: scaleX(-1);
    }

    .progress-label {
      margin-inline-start: auto;
      color: var(--verify-muted-text-color);
      font-size: 0.875rem;
    }

    /* The bar is decoration for the label beside it: ≥ 3:1 against the background (1.4.11) for the filled part. */
    .progress-track {
      display: flex;
      flex-basis: 100%;
      gap: 0.25rem;
    }

    .progress-track span {
      flex: 1;
      block-size: 0.375rem;
      border-radius: 999px;
      background: var(--verify-surface-color);
    }

    .progress-track .done {
      background: var(--verify-accent-color);
    }

    /* Backgrounds are dropped in forced colours: outline each segment, fill the ones done. */
    @media (forced-colors: active) {
      .progress-track span {
        border: 1px solid CanvasText;
      }

      .progress-track .done {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }

    .keep {
      flex-basis: 100%;
      margin-block-start: 0.5rem;
    }

    .view {
      display: grid;
      justify-items: start;
    }

    .view .actions {
      justify-self: stretch;
    }

    .outcome--success h2 {
      color: var(--verify-success-color);
    }

    .illustration {
      margin-block-end: 0.75rem;
      color: var(--verify-muted-text-color);
    }

    .illustration--success {
      color: var(--verify-success-color);
    }

    .illustration--failed {
      color: var(--verify-error-color);
    }

    .illustration--error,
    .illustration--declined,
    .illustration--neutral {
      color: var(--verify-accent-color);
    }

    .spinner {
      inline-size: 2rem;
      block-size: 2rem;
      margin-block-end: 1rem;
      border: 3px solid var(--verify-border-color);
      border-block-start-color: var(--verify-accent-color);
      border-radius: 50%;
      animation: spin 0.9s linear infinite;
    }

    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }

    /*
     * Phones (a narrow screen or a touch screen): the flow takes the whole screen, no margins, the page hidden. The
     * header stays at the top; the body below it scrolls, and each step or outcome fills it as a column whose action
     * bar is pinned to its bottom (shared.styles.ts). Nothing is stretched to fill: the content starts at the top.
     */
    @media (max-width: 600px), (pointer: coarse) {
      /* At most the viewport (the containing block of a modal dialog): WebKit keeps viewport units of the size the
         window had before it was resized. */
      dialog.panel {
        inline-size: 100vw;
        max-inline-size: 100%;
        block-size: 100dvh;
        max-block-size: 100%;
        margin: 0;
        border: 0;
        border-radius: 0;
        box-shadow: none;
        overflow: hidden;
      }

      dialog.panel[open] {
        display: flex;
        flex-direction: column;
      }

      dialog.panel > .header {
        flex: none;
      }

      dialog.panel > .body {
        flex: 1 1 auto;
        display: flex;
        flex-direction: column;
        min-block-size: 0;
        padding-block-end: 0;
        overflow: auto;
        /* A control that takes focus scrolls clear of the pinned action bar (two rows at most). */
        scroll-padding-block-end: 8rem;
      }

      /* The leave question replaces the step: the flex rule above must not show a hidden body. */
      dialog.panel > .body[hidden] {
        display: none;
      }

      dialog.panel > .body > * {
        flex: 1 0 auto;
      }

      /* The row of Back and Step 2 of 4 above the step, and the continuation line on a phone, keep their height. */
      dialog.panel > .body > .progress,
      dialog.panel > .body > .continuation {
        flex: none;
      }

      .view {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
      }

      .view .actions {
        align-self: stretch;
      }

      /* A long title keeps to two short lines at most (the header rules above size it). */
      [part='title'] {
        line-height: 1.25;
      }

      /* A shorter row of Back and Step 2 of 4, and a smaller picture: the heading stays in the top third. */
      .progress {
        margin-block: -0.75rem 0.75rem;
      }

      .illustration {
        inline-size: 3rem;
        block-size: 3rem;
        margin-block-end: 0.5rem;
      }
    }
  `,
];
