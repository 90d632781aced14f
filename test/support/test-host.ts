import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A throwaway host for a reactive controller under test: no element, it counts update requests. */
export class TestHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}
