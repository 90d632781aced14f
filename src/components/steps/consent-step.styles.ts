import { css } from 'lit';

export const consentStepStyles = css`
  .collected {
    margin-block: 0 1rem;
    padding-inline-start: 1.25rem;
  }

  .collected li + li {
    margin-block-start: 0.25rem;
  }
`;
