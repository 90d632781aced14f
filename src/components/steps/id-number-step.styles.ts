import { css } from 'lit';

export const idNumberStepStyles = css`
  .input {
    inline-size: 100%;
  }

  .error {
    font-size: 0.875rem;
  }
`;
