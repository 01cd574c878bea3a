// A placeholder on the views2 branch only: the "sweepui" helper writes the real panel, and the
// lead replaces this file with it at merge.
export default function SweepPanel() {
  return <p>The sweep panel is not built yet.</p>;
}
