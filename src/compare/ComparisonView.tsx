// Placeholder until the side-by-side view lands.
export function ComparisonView() {
  return null;
}

export function EpochScrubber(props: { runId: string }) {
  return props.runId ? null : null;
}
