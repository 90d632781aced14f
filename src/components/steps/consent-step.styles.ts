import { css } from 'lit';

export const consentStepStyles = css`
  .collected {
    margin-block: 0 1rem;
    padding-inline-start: 1.25rem;
  }

  .logo {
    display: block;
    max-inline-size: 10rem;
    max-block-size: 3rem;
    margin-block-end: 1rem;
    object-fit: contain;
  }

  /* The integrator's text may hold one long word (a business name): it wraps rather than overflow a narrow screen. */
  .requested-by,
  .consent-text {
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_verify-accent-ink, var(--verify-accent-color, #0b57d0));
  }

  .collected li + li {
    margin-block-start: 0.25rem;
  }
`;
