import { css } from 'lit';

export const documentTypeStepStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    margin-block-end: 0.5rem;
    padding: 0;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 3rem;
    margin-block-end: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--verify-border-color, #c4c7c5);
    border-radius: var(--verify-radius, 8px);
    background: var(--verify-surface-color, #fff);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--verify-accent-color, #0b57d0);
    box-shadow: inset 0 0 0 1px var(--verify-accent-color, #0b57d0);
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--verify-accent-color, #0b57d0);
  }

  .choice span::first-letter {
    text-transform: uppercase;
  }
`;
