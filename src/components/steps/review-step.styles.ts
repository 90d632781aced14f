import { css } from 'lit';

export const reviewStepStyles = css`
  .captures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.75rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }

  .capture {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  figure {
    margin: 0;
    inline-size: 100%;
  }

  img {
    display: block;
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border: 1px solid var(--verify-border-color, #c4c7c5);
    border-radius: var(--verify-radius, 8px);
    background: var(--verify-surface-color, #fff);
  }

  figcaption {
    margin-block-start: 0.25rem;
    font-weight: 600;
  }

  h3 {
    margin-block: 0 0.5rem;
    font-size: 1rem;
  }

  .details-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block: 1rem 0.5rem;
  }

  .details-heading h3 {
    margin: 0;
  }

  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
  }

  .details dt {
    color: var(--verify-muted-text-color, #5f6368);
  }

  .details dd {
    margin: 0;
  }

  .progress {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }

  /* Phones: one photo a row, its Retake beside it (on one line even in long-word languages): Submit stays in view. */
  @media (max-width: 600px), (pointer: coarse) {
    .captures {
      grid-template-columns: 1fr;
      gap: 0.5rem;
    }

    .capture {
      grid-template-columns: 7rem 1fr;
      align-items: center;
      gap: 0.75rem;
    }

    .capture .button {
      justify-self: end;
      padding-inline: 0.75rem;
      white-space: nowrap;
    }
  }

  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--verify-accent-color, #0b57d0);
  }
`;
