import { css } from 'lit';

export const captureStepStyles = css`
  .viewfinder {
    position: relative;
    overflow: hidden;
    aspect-ratio: 4 / 3;
    border-radius: var(--verify-radius, 8px);
    background: #000;
  }

  video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* A selfie preview behaves like a mirror; the captured image is not mirrored. */
  video.mirrored {
    transform: scaleX(-1);
  }

  .guide {
    position: absolute;
    /* Centred across by auto margins: translate is physical, so a logical start plus a -50% shift
       put it off-centre right to left. */
    inset-block-start: 50%;
    inset-inline: 0;
    margin-inline: auto;
    translate: 0 -50%;
    border: 3px solid rgb(255 255 255 / 0.9);
    /* Dims everything outside the guide. */
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.4);
    pointer-events: none;
  }

  /* ID-1 cards are 85.6 × 54 mm. */
  .guide--card {
    inline-size: 82%;
    aspect-ratio: 85.6 / 54;
    border-radius: calc(var(--verify-radius, 8px) * 1.5);
  }

  .guide--oval {
    block-size: 78%;
    aspect-ratio: 3 / 4;
    border-radius: 50%;
  }

  .viewfinder-status {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline: 0;
    margin: 0;
    color: #fff;
    text-align: center;
  }

  .drop-zone {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding: 2rem 1rem;
    border: 2px dashed var(--verify-border-color, #c4c7c5);
    border-radius: var(--verify-radius, 8px);
    background: var(--verify-surface-color, #fff);
    text-align: center;
  }

  .drop-zone--active {
    border-color: var(--verify-accent-color, #0b57d0);
    background: color-mix(in srgb, var(--verify-accent-color, #0b57d0) 8%, var(--verify-surface-color, #fff));
  }

  /* The file input is visually hidden; its label is the visible button and shows its focus. */
  .file-input:focus-visible + label {
    outline: 3px solid var(--verify-accent-color, #0b57d0);
    outline-offset: 2px;
  }

  .error {
    margin-block-start: 0.75rem;
  }

  .actions {
    align-items: center;
  }

  .actions--start {
    justify-content: flex-start;
  }

  .tips {
    margin-inline-end: auto;
  }
`;
