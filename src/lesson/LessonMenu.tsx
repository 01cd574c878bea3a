// Placeholder until the lesson presets land: renders nothing.
export function LessonMenu() {
  return null;
}
