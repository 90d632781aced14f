import { css } from 'lit';

export const captureStepStyles = css`
  .viewfinder {
    position: relative;
    overflow: hidden;
    /* One box for the preview, the photo being checked and the check: nothing jumps between them. */
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

  /* The photo is being checked: the preview plays on, dimmed, so the shot reads as taken (never paused: docs/engine-notes.md). */
  .viewfinder--checking video {
    opacity: 0.5;
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

  /* A passport's photo page (ID-3) is 125 × 88 mm. */
  .guide--passport {
    inline-size: 78%;
    aspect-ratio: 125 / 88;
    border-radius: var(--verify-radius, 8px);
  }

  .guide--steady {
    border-color: var(--verify-success-color, #146c2e);
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

  .hint {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline: 0.75rem;
    margin: 0;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border-radius: var(--verify-radius, 8px);
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    font-weight: 600;
    text-align: center;
  }

  /* The countdown before the automatic shot: the edge of the guide fills in, from its top, over its border. */
  .ring {
    position: absolute;
    inset: -1.5px;
    pointer-events: none;
  }

  .ring svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }

  .ring rect,
  .ring ellipse {
    fill: none;
    stroke-width: 5;
  }

  .guide--card .ring rect {
    rx: calc(var(--verify-radius, 8px) * 1.5);
  }

  .guide--passport .ring rect {
    rx: var(--verify-radius, 8px);
  }

  .ring-track {
    stroke: rgb(255 255 255 / 0.9);
  }

  .ring-progress {
    stroke: var(--verify-success-color, #146c2e);
    stroke-dasharray: 100;
    transition: stroke-dashoffset 0.25s linear;
  }

  /* Hold still, taking the photo: in the colour of the guide, so the text and the filling edge read as one. */
  .hint--steady {
    background: var(--verify-success-color, #146c2e);
  }

  /* The shot is taken: one white flash over the viewfinder (none under reduced motion: the step never sets the class,
     and the shared styles cut any animation to nothing). */
  .viewfinder--flash::after {
    content: '';
    position: absolute;
    inset: 0;
    background: #fff;
    opacity: 0;
    pointer-events: none;
    animation: shutter-flash 0.35s ease-out;
  }

  @keyframes shutter-flash {
    from {
      opacity: 0.85;
    }

    to {
      opacity: 0;
    }
  }

  .camera-tools {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-end: 0.5rem;
    display: flex;
    gap: 0.5rem;
  }

  .tool {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: 999px;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }

  .tool[aria-pressed='true'] {
    background: #fff;
    color: #000;
  }

  .tool:focus-visible {
    outline: 3px solid var(--verify-accent-color, #0b57d0);
    outline-offset: 2px;
  }

  .photo {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }

  .viewfinder--check {
    display: grid;
    place-items: center;
    color: #fff;
  }

  .verdict {
    margin-block-start: 0.75rem;
  }

  .verdict p,
  .verdict ul {
    margin-block: 0.25rem;
  }

  .verdict--ok {
    color: var(--verify-success-color, #146c2e);
    font-weight: 600;
  }

  .verdict--problem {
    color: var(--verify-error-color, #b3261e);
  }

  .verdict--problem li {
    font-weight: 600;
  }

  .warning {
    color: var(--verify-text-color, #1f1f1f);
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

  /* What files are taken comes last, smaller: the instructions and the button say what to do first. */
  .formats {
    font-size: 0.875rem;
  }

  .drop-zone--active {
    border-color: var(--verify-accent-color, #0b57d0);
    background: color-mix(in srgb, var(--verify-accent-color, #0b57d0) 8%, var(--verify-surface-color, #fff));
  }

  /* The file input is visually hidden; its label is the visible button and shows its focus. */
  .file-button {
    position: relative;
  }

  .file-button:has(.file-input:focus-visible) {
    outline: 3px solid var(--verify-accent-color, #0b57d0);
    outline-offset: 2px;
  }

  .error {
    margin-block-start: 0.75rem;
  }

  .tips {
    margin-block: 0 0.75rem;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
  }

  .tips-fold {
    margin-block: 0 0.75rem;
  }

  .tips-fold summary {
    inline-size: fit-content;
    min-block-size: 1.5rem;
    font-size: 0.875rem;
    cursor: pointer;
  }

  .tips-fold .tips {
    margin-block: 0.25rem 0;
  }

  /*
   * Phones: the step is a column under the header (shared.styles.ts). The preview — and the photo on the check, in
   * the same box — takes the room left between the text and the pinned action bar, and the guide is sized by
   * that box's smaller side, so it is never cut off or covered by the bar.
   */
  @media (max-width: 600px), (pointer: coarse) {
    .instructions {
      margin-block: 0 0.5rem;
    }

    .instructions:empty {
      display: none;
    }

    .tips-fold {
      margin-block-end: 0.5rem;
    }

    .viewfinder {
      flex: 1 0 9rem;
      aspect-ratio: auto;
      container-type: size;
    }

    /* The guide keeps 8 % of the box free on every side, whichever side is the shorter. */
    .guide--card {
      inline-size: min(82cqi, 84cqb * 85.6 / 54);
    }

    .guide--passport {
      inline-size: min(78cqi, 84cqb * 125 / 88);
    }

    .guide--oval {
      block-size: min(78cqb, 84cqi * 4 / 3);
    }

    .verdict {
      margin-block: 0.5rem 0;
    }

    /* No drag and drop on a touch screen: Choose a photo in the action bar is the way in. */
    .drop-zone {
      display: none;
    }

    .error:empty {
      display: none;
    }
  }

  @media (max-width: 600px), (pointer: coarse) {
    .handoff-offer {
      display: none;
    }
  }
`;
