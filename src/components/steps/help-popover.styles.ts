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

  [part='panel'][hidden] {
    display: none;
  }

  ::slotted(ul) {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
