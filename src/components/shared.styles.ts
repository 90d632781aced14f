import { css } from 'lit';

/**
 * Styles every step shares. They only read `--verify-*` tokens (with light fallbacks); the shell
 * sets the tokens for light and dark. Logical properties keep RTL working; targets are ≥ 24px (WCAG 2.2).
 */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--verify-text-color, #1f1f1f);
    font-family: var(--verify-font-family, system-ui, sans-serif);
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Two weights (400, 600) and few sizes: on a cold page each new face is a font lookup before the first paint. */
  h2 {
    margin-block: 0 0.75rem;
    font-size: 1.25rem;
    font-weight: 600;
    line-height: 1.3;
  }

  h2:focus {
    outline: none;
  }

  p {
    margin-block: 0 0.75rem;
  }

  .muted {
    color: var(--verify-muted-text-color, #5f6368);
  }

  /*
   * The action bar: every step and outcome ends with one \`.actions\` row, its primary action last. On a desktop the
   * buttons sit at the end of the content; on phones (below) the bar is pinned to the bottom of the screen.
   */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-block-start: 1.25rem;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid transparent;
    border-radius: var(--verify-radius, 8px);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: background-color 0.15s ease, border-color 0.15s ease;
  }

  .button--primary {
    background: var(--verify-accent-color, #0b57d0);
    color: var(--verify-accent-text-color, #fff);
  }

  .button--primary:hover {
    background: color-mix(in srgb, var(--verify-accent-color, #0b57d0) 88%, #000);
  }

  .button--secondary {
    background: var(--verify-surface-color, #fff);
    border-color: var(--verify-border-color, #c4c7c5);
    color: var(--verify-text-color, #1f1f1f);
  }

  .button--secondary:hover {
    border-color: var(--verify-accent-color, #0b57d0);
  }

  .button--link {
    min-block-size: 1.5rem;
    padding: 0.125rem 0.25rem;
    background: none;
    color: var(--_verify-accent-ink, var(--verify-accent-color, #0b57d0));
    text-decoration: underline;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--_verify-accent-ink, var(--verify-accent-color, #0b57d0));
    outline-offset: 2px;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 1rem;
  }

  .field label,
  legend {
    font-weight: 600;
  }

  .input {
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--verify-border-color, #747775);
    border-radius: var(--verify-radius, 8px);
    background: var(--verify-background, #fff);
    color: inherit;
    font: inherit;
  }

  .input[aria-invalid='true'] {
    border-color: var(--verify-error-color, #b3261e);
    border-width: 2px;
  }

  .hint {
    color: var(--verify-muted-text-color, #5f6368);
    font-size: 0.875rem;
  }

  .error {
    color: var(--verify-error-color, #b3261e);
    font-weight: 600;
  }

  /* Live regions stay rendered (a region that appears is often not announced); empty ones take no room. */
  .error:empty {
    margin: 0;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /*
   * Phones (a narrow screen or a touch screen): one structure for every step and outcome. The step fills the room
   * under the header (a column, its content from the top, nothing stretched), and its action bar is pinned to the
   * bottom of the scrolling body, full width, with the primary action last (lowest, under the thumb) and any other
   * action above it. --_verify-gutter is the body's padding, set by the shell: the bar spans it edge to edge.
   */
  @media (max-width: 600px), (pointer: coarse) {
    :host {
      display: flex;
      flex-direction: column;
    }

    form {
      display: flex;
      flex: 1 0 auto;
      flex-direction: column;
    }

    .actions {
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
      flex-direction: column;
      align-items: stretch;
      gap: 0.5rem;
      margin-block-start: auto;
      margin-inline: calc(-1 * var(--_verify-gutter, 0px));
      padding-block: 0.75rem max(0.75rem, env(safe-area-inset-bottom));
      padding-inline: var(--_verify-gutter, 0px);
      border-block-start: 1px solid var(--verify-border-color, #c4c7c5);
      background: var(--verify-background, #fff);
    }

    .actions > .button {
      inline-size: 100%;
      min-block-size: 3rem;
      max-block-size: 3.5rem;
      padding-block: 0.25rem;
      line-height: 1.2;
      text-align: center;
    }

    .actions > .button--primary {
      order: 1;
    }

    /* The link in the bar (another way to do the step) is secondary: smaller text, so it keeps to one line, and a
       whole 44 px target still, drawn into the padding of the bar to keep the bar low. */
    .actions > .button--link {
      min-block-size: 2.75rem;
      margin-block: -0.25rem;
      font-size: 0.875rem;
    }

    h2 {
      margin-block-end: 0.5rem;
      font-size: 1.125rem;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
