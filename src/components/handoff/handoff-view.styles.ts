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
  }

  .link .field {
    flex: 1;
    min-inline-size: 0;
  }

  .status {
    font-weight: 600;
  }
`;
