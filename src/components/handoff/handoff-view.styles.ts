import { css } from 'lit';

export const handoffViewStyles = css`
  .qr {
    display: block;
    inline-size: min(100%, 14rem);
    block-size: auto;
    margin-inline: auto;
    margin-block: 0.5rem 1rem;
    /* A QR code needs dark modules on a light ground whatever the theme. */
    background: #fff;
    color: #000;
    border-radius: var(--verify-radius, 8px);
  }

  .placeholder {
    inline-size: min(100%, 14rem);
    aspect-ratio: 1;
    margin-inline: auto;
    margin-block: 0.5rem 1rem;
    border: 1px dashed var(--verify-border-color, #c4c7c5);
    border-radius: var(--verify-radius, 8px);
  }

  .link {
    display: flex;
    gap: 0.5rem;
    align-items: end;
    margin-block-end: 1rem;
  }

  /* The bottom margin of the field would leave Copy link hanging below the input: the row keeps the margin instead. */
  .link .field {
    flex: 1;
    min-inline-size: 0;
    margin-block-end: 0;
  }

  .link .button {
    flex: none;
  }

  .status {
    font-weight: 600;
  }

  /* Waiting for your phone… shows it is alive: a dot that breathes (steady under reduced motion, as the shared
     styles cut animations to nothing). */
  .status--waiting::before {
    content: '';
    display: inline-block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin-inline-end: 0.5rem;
    border-radius: 50%;
    background: var(--verify-accent-color, #0b57d0);
    vertical-align: 0.05em;
    animation: handoff-waiting 1.6s ease-in-out infinite;
  }

  @keyframes handoff-waiting {
    50% {
      opacity: 0.25;
      scale: 0.7;
    }
  }
`;
