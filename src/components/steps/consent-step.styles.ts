import { css } from 'lit';

export const consentStepStyles = css`
  /* Who asks: the logo and the sentence naming the business, above the heading. */
  .business {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-end: 1rem;
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--verify-border-color, #c4c7c5);
  }

  .logo {
    display: block;
    max-inline-size: 10rem;
    max-block-size: 3rem;
    object-fit: contain;
  }

  /* The text of the integrator may hold one long word (a business name): it wraps rather than overflow a narrow screen. */
  .requested-by,
  .consent-text {
    overflow-wrap: anywhere;
  }

  .requested-by {
    flex: 1 1 12rem;
    min-inline-size: 0;
    margin: 0;
    font-weight: 600;
  }

  .intro {
    margin-block-end: 0.5rem;
  }

  .collected {
    display: grid;
    gap: 0.5rem;
    margin-block: 0 1rem;
    padding: 0;
    list-style: none;
  }

  .collected li {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }

  .icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .collected .icon {
    box-sizing: content-box;
    padding: 0.375rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--verify-accent-color, #0b57d0) 12%, transparent);
    color: var(--_verify-accent-ink, var(--verify-accent-color, #0b57d0));
  }

  /* How the details are used: in the colour and weight of the text, set apart, not a muted footnote. */
  .privacy {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--verify-radius, 8px);
    background: color-mix(in srgb, var(--verify-text-color, #1f1f1f) 5%, var(--verify-surface-color, #fff));
  }

  .privacy p {
    margin: 0;
  }

  a {
    color: var(--_verify-accent-ink, var(--verify-accent-color, #0b57d0));
  }

  verify-identity-help {
    margin-block-end: 0.5rem;
  }
`;
