// A placeholder on the views2 branch only: the "sweepui" helper writes the real panel, and the
// lead replaces this file with it at merge.
export default function SweepPanel({ runId }: { runId: string }) {
  return <p data-run={runId}>The sweep panel is not built yet.</p>;
}
