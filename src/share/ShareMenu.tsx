// Placeholder until sharing and export land: renders nothing.
export function ShareMenu() {
  return null;
}
