import { css } from 'lit';

export const idNumberStepStyles = css`
  .input {
    inline-size: 100%;
  }

  /* The order in words, then the example: each on its own line. */
  .date-order,
  .date-example {
    display: block;
  }

  .error {
    font-size: 0.875rem;
  }
`;
