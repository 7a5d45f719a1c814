/** The web export gets no pushes. */
export function usePushListeners(): void {}
